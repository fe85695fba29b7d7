namespace GrainFlow.Benchmarks.Workloads;

/// <summary>The baselines' keyed-sum output: per input record its key, running sum, count and the input's stamp.</summary>
[GenerateSerializer, Immutable]
public sealed class SumBatch(string[] keys, long[] sums, long[] counts, long[] stamps, int count)
{
    [Id(0)] public string[] Keys { get; } = keys;
    [Id(1)] public long[] Sums { get; } = sums;
    [Id(2)] public long[] Counts { get; } = counts;
    [Id(3)] public long[] Stamps { get; } = stamps;
    [Id(4)] public int Count { get; } = count;
}
