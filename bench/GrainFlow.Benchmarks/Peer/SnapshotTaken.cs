namespace GrainFlow.Benchmarks.Peer;

/// <summary>
/// The journal event written before each snapshot, so the snapshot gets a new sequence number (the local snapshot
/// store orders snapshots by it) and recovery finds the latest.
/// </summary>
public sealed record SnapshotTaken(long Id);
