namespace GrainFlow.Benchmarks.Substrate;

/// <summary>A plain grain that makes the benchmark's records and calls the keyed-sum grains with batches of about 1,000.</summary>
public interface ISubstrateSourceGrain : IGrainWithStringKey
{
    Task StartAsync(SubstrateJob job);

    Task StopAsync();
}
