using GrainFlow.Benchmarks.Harness;

namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// One variant of the benchmark job (GrainFlow, or a baseline), started unbounded: the harness measures a window
/// of its steady state through <see cref="Probe"/>, then asks for the checkpoints completed in that window.
/// </summary>
public interface IPipeline : IAsyncDisposable
{
    string Variant { get; }

    PipelineProbe Probe { get; }

    Task StartAsync();

    /// <summary>Checkpoints (or snapshots) that completed between the two times.</summary>
    Task<CheckpointFigures> CheckpointsAsync(DateTimeOffset from, DateTimeOffset to);
}
