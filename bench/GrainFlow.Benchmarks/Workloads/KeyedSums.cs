namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// The baselines' keyed-sum state: per key the running sum and count, in a <see cref="Dictionary{TKey,TValue}"/>
/// updated in place; <see cref="Apply"/> turns an input batch into the output batch, as GrainFlow's keyedSum does.
/// </summary>
public sealed class KeyedSums
{
    public KeyedSums(Dictionary<string, SumAndCount>? restored = null) => State = restored ?? new Dictionary<string, SumAndCount>(StringComparer.Ordinal);

    public Dictionary<string, SumAndCount> State { get; }

    public SumBatch Apply(KeyBatch batch)
    {
        var n = batch.Count;
        var output = new SumBatch(new string[n], new long[n], new long[n], new long[n], n);
        for (var r = 0; r < n; r++)
        {
            var key = batch.Keys[r];
            var entry = Add(key, batch.Values[r]);
            output.Keys[r] = key;
            output.Sums[r] = entry.Sum;
            output.Counts[r] = entry.Count;
            output.Stamps[r] = batch.Stamps[r];
        }

        return output;
    }

    /// <summary>Adds one record's value to its key's sum and count (updated in place) and returns them.</summary>
    public SumAndCount Add(string key, long value)
    {
        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(State, key, out _);
        entry.Sum += value;
        entry.Count++;
        return entry;
    }
}
