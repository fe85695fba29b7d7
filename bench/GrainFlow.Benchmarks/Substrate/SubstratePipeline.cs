using GrainFlow.Benchmarks.Engine;
using GrainFlow.Benchmarks.Harness;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>
/// The substrate baseline: the same job over direct batched calls between plain grains in the GrainFlow silo
/// (source grains -> hash-partitioned keyed-sum grains -> counting sink grains), with <c>[Immutable]</c> batches of
/// about 1,000 records. No checkpoints, no channels, no alignment: what Orleans itself moves.
/// </summary>
public sealed class SubstratePipeline(GrainFlowSilo silo, PipelineConfig config) : IPipeline
{
    private readonly string _run = "run-" + Guid.NewGuid().ToString("n")[..8];

    public string Variant => "substrate";

    public PipelineProbe Probe { get; } = new(config.RecordLatency);

    public async Task StartAsync()
    {
        SinkProbes.Current = Probe;
        await Task.WhenAll(Sources().Select((source, index) =>
            source.StartAsync(new SubstrateJob(_run, index, config.Parallelism, config.Keys, config.RatePerSecond, config.Shape))));
    }

    public Task<CheckpointFigures> CheckpointsAsync(DateTimeOffset from, DateTimeOffset to) => Task.FromResult(CheckpointFigures.None);

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Sources().Select(source => source.StopAsync()));
        await Task.Delay(200);
    }

    private IEnumerable<ISubstrateSourceGrain> Sources() =>
        Enumerable.Range(0, config.Parallelism).Select(i => silo.Grains.GetGrain<ISubstrateSourceGrain>($"{_run}/{i}"));
}
