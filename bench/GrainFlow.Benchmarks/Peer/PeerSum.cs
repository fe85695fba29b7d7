namespace GrainFlow.Benchmarks.Peer;

/// <summary>One output record of the per-record peer's keyed sum: the key's running sum and count, and the input's stamp.</summary>
public sealed record PeerSum(string Key, long Sum, long Count, long Stamp);
