namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// What one run asks of a variant. Every variant makes the same records: record <c>i</c> is key
/// <c>"k{i % Keys}"</c> with value <c>i</c>, produced by <see cref="Parallelism"/> sources (record i on source
/// i % parallelism), as GrainFlow's generator does. <see cref="Incremental"/> asks GrainFlow for incremental
/// checkpoints (<c>checkpointing.incremental</c>); the baselines have no such mode and ignore it.
/// </summary>
public sealed record PipelineConfig(PipelineShape Shape, int Keys, TimeSpan CheckpointInterval, double RatePerSecond = 0,
    bool RecordLatency = false, int Parallelism = 2, bool Incremental = false)
{
    public int CheckpointIntervalMs => (int)CheckpointInterval.TotalMilliseconds;

    public bool Checkpoints => CheckpointInterval > TimeSpan.Zero;
}
