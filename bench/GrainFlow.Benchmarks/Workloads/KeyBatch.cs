namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// The baselines' record batch: about 1,000 records as parallel arrays (key, value, event-time stamp). Immutable
/// once sent, so Orleans passes it between grains of one silo by reference and Akka passes it as it is.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class KeyBatch(string[] keys, long[] values, long[] stamps, int count)
{
    [Id(0)] public string[] Keys { get; } = keys;
    [Id(1)] public long[] Values { get; } = values;
    [Id(2)] public long[] Stamps { get; } = stamps;
    [Id(3)] public int Count { get; } = count;

    public static KeyBatch Allocate(int capacity) => new(new string[capacity], new long[capacity], new long[capacity], 0);

    public KeyBatch WithCount(int count) => new(Keys, Values, Stamps, count);
}
