namespace GrainFlow.IntegrationTests.Jobs;

/// <summary>
/// The failure-free answer for a generator of <c>count</c> records over <c>keys</c> keys, by arithmetic from the
/// generator's definition (record i has key k{i % keys} and value i), not by running the job: key k is seen
/// n = CountOf(k) times, and its c-th update carries the running sum c*k + keys*c*(c-1)/2.
/// </summary>
public sealed record GeneratorAnswer(long Count, int Keys)
{
    public long CountOf(int key) => (Count - key + Keys - 1) / Keys;

    public long SumAfter(int key, long updates) => (updates * key) + (Keys * updates * (updates - 1) / 2);

    public long FinalSumOf(int key) => SumAfter(key, CountOf(key));
}
