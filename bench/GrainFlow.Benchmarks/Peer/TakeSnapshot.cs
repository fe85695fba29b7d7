namespace GrainFlow.Benchmarks.Peer;

/// <summary>Asks a keyed-sum actor to snapshot its state now (sent to every partition on the checkpoint interval).</summary>
public sealed record TakeSnapshot(long Id);
