using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>One hash partition of the keyed sum: a dictionary in a plain grain, fed by direct batched calls.</summary>
public interface ISubstrateSumGrain : IGrainWithStringKey
{
    Task ProcessAsync(KeyBatch batch);
}
