namespace GrainFlow.Benchmarks.Workloads;

/// <summary>One checkpoint's slowest subtask per phase, in ms: synchronous capture, asynchronous upload, alignment.</summary>
public sealed record CheckpointParts(double SyncMs, double AsyncMs, double AlignmentMs);
