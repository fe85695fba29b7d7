namespace GrainFlow.Benchmarks.Peer;

/// <summary>
/// One input record as the per-record peer streams it: an element of its own, the unit Akka.Streams' operators
/// (<c>GroupBy</c>, <c>GroupedWithin</c>) and an Akka user's code work in.
/// </summary>
public sealed record PeerRecord(string Key, long Value, long Stamp);
