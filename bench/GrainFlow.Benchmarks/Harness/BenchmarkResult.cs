namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// One line of <c>bench/results/latest.json</c>: one workload run by one variant. Fields that do not apply to a
/// run stay null and are left out of the JSON, so a reader never mistakes "not measured" for zero.
/// </summary>
public sealed record BenchmarkResult(string Workload, string Variant)
{
    public string? Storage { get; init; }
    public int? Keys { get; init; }
    public int? CheckpointIntervalMs { get; init; }
    public double? TargetRatePerSecond { get; init; }
    public double? RecordsPerSecond { get; init; }
    public double? CpuSeconds { get; init; }
    public double? LatencyP50Ms { get; init; }
    public double? LatencyP99Ms { get; init; }
    public double? LatencyP999Ms { get; init; }
    public double? CheckpointP50Ms { get; init; }
    public double? CheckpointP99Ms { get; init; }
    public int? Checkpoints { get; init; }

    /// <summary>Medians over the window's checkpoints of the slowest subtask's sync capture, async upload and alignment.</summary>
    public double? CheckpointSyncP50Ms { get; init; }
    public double? CheckpointAsyncP50Ms { get; init; }
    public double? CheckpointAlignmentP50Ms { get; init; }
    public long? CheckpointBytes { get; init; }
    /// <summary>The last checkpoint's bytes over the keys that had state by then (a slow run has not seen every key yet).</summary>
    public double? CheckpointBytesPerKey { get; init; }
    public double? RestoreMs { get; init; }
    public string? Note { get; init; }
}
