using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>The counting sink of the substrate baseline, one per partition as GrainFlow's forward-connected sinks.</summary>
public interface ISubstrateSinkGrain : IGrainWithStringKey
{
    Task CountAsync(SumBatch batch);
}
