namespace GrainFlow.Benchmarks.Peer;

/// <summary>A keyed-sum actor's state as Akka.Persistence stores it: parallel arrays, so the default serializer writes three lists.</summary>
public sealed class PeerSnapshot
{
    public string[] Keys { get; set; } = [];
    public long[] Sums { get; set; } = [];
    public long[] Counts { get; set; } = [];
}
