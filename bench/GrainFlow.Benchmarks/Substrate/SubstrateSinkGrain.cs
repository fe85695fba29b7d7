using GrainFlow.Benchmarks.Engine;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>Counts what arrives (and its latency when the run records it) on the current run's probe.</summary>
public sealed class SubstrateSinkGrain : Grain, ISubstrateSinkGrain
{
    public Task CountAsync(SumBatch batch)
    {
        SinkProbes.Current.AddStamped(batch.Stamps.AsSpan(0, batch.Count));
        return Task.CompletedTask;
    }
}
