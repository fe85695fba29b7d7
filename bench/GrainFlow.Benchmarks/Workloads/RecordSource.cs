using GrainFlow.Benchmarks.Harness;

namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// The baselines' source: the same records as GrainFlow's generator (record i = key k{i % keys}, value i, on
/// source i % parallelism), in batches, paced by a <see cref="RateSchedule"/> when a rate is set. The offset (next
/// index) is what a snapshot records and a restore resumes from.
/// </summary>
public sealed class RecordSource
{
    private readonly string[] _keys;
    private readonly int _parallelism;
    private readonly RateSchedule _schedule;

    public RecordSource(string[] keys, int index, int parallelism, double ratePerSecond, long startIndex = -1)
    {
        _keys = keys;
        _parallelism = parallelism;
        _schedule = new RateSchedule(ratePerSecond / parallelism);
        Next = startIndex >= 0 ? startIndex : index;
    }

    public long Next { get; private set; }

    /// <summary>Fills up to <paramref name="max"/> due records into fresh arrays; an empty batch when none is due yet.</summary>
    public KeyBatch NextBatch(int max)
    {
        var due = _schedule.Due(max);
        var batch = KeyBatch.Allocate(due);
        var now = MonotonicClock.NowMicros;
        for (var r = 0; r < due; r++)
        {
            batch.Keys[r] = _keys[Next % _keys.Length];
            batch.Values[r] = Next;
            batch.Stamps[r] = _schedule.NextStamp(now);
            Next += _parallelism;
        }

        return batch.WithCount(due);
    }

    public TimeSpan UntilNext() => _schedule.UntilNext();
}
