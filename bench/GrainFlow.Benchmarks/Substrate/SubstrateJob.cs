using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>What a substrate source grain runs: its slice of the records and where its partitions' grains are.</summary>
[GenerateSerializer, Immutable]
public sealed record SubstrateJob(
    [property: Id(0)] string Run,
    [property: Id(1)] int Index,
    [property: Id(2)] int Parallelism,
    [property: Id(3)] int Keys,
    [property: Id(4)] double RatePerSecond,
    [property: Id(5)] PipelineShape Shape);
