namespace GrainFlow.Tests.Engine;

/// <summary>
/// The failure-free answer for a generator of <c>count</c> records over <c>keys</c> keys: record i has key
/// k{i % keys} and value i, so each key's count and final sum follow by arithmetic, not by running the job.
/// </summary>
public sealed record GeneratorAnswer(long Count, int Keys)
{
    public long CountOf(int key) => (Count - key + Keys - 1) / Keys;

    public long SumOf(int key)
    {
        var n = CountOf(key);
        return (n * key) + (Keys * n * (n - 1) / 2);
    }

    /// <summary>Every key with its updates 1..n (exactly once each) and its final sum.</summary>
    public IReadOnlyDictionary<string, (List<long> Counts, long Sum)> Expected() =>
        Enumerable.Range(0, Keys).ToDictionary(k => "k" + k, k => (Enumerable.Range(1, (int)CountOf(k)).Select(c => (long)c).ToList(), SumOf(k)));
}
