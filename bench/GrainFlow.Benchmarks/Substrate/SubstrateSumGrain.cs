using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>Applies a batch to its dictionary and calls its sink with the output batch.</summary>
public sealed class SubstrateSumGrain : Grain, ISubstrateSumGrain
{
    private readonly KeyedSums _sums = new();
    private ISubstrateSinkGrain? _sink;

    public Task ProcessAsync(KeyBatch batch)
    {
        _sink ??= GrainFactory.GetGrain<ISubstrateSinkGrain>(this.GetPrimaryKeyString());
        return _sink.CountAsync(_sums.Apply(batch));
    }
}
