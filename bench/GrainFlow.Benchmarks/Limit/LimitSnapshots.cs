namespace GrainFlow.Benchmarks.Limit;

/// <summary>
/// The hand-written pipeline's snapshot bookkeeping: which snapshot the sources should cut next, the offsets they
/// recorded for it, and when each partition's file was written, so a snapshot completes when every partition wrote.
/// </summary>
public sealed class LimitSnapshots(int sources, int partitions)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, Pending> _pending = [];
    private readonly List<(DateTimeOffset CompletedAt, double DurationMs, long Bytes)> _completed = [];
    private long _requested;

    /// <summary>The newest snapshot id the sources should cut; sources compare it with the last they cut.</summary>
    public long Requested => Interlocked.Read(ref _requested);

    public long LastCompleted { get; private set; }

    public long[] Offsets(long snapshot)
    {
        lock (_gate)
        {
            return _pending.TryGetValue(snapshot, out var p) ? p.Offsets : CompletedOffsets[snapshot];
        }
    }

    private Dictionary<long, long[]> CompletedOffsets { get; } = [];

    public long Request(long startedMicros)
    {
        lock (_gate)
        {
            var id = _requested + 1;
            _pending[id] = new Pending(startedMicros, new long[sources]);
            Interlocked.Exchange(ref _requested, id);
            return id;
        }
    }

    public void RecordOffset(long snapshot, int source, long next)
    {
        lock (_gate)
        {
            _pending[snapshot].Offsets[source] = next;
        }
    }

    public void PartitionWritten(long snapshot, long bytes, long nowMicros)
    {
        lock (_gate)
        {
            var p = _pending[snapshot];
            p.Bytes += bytes;
            if (++p.Written < partitions)
            {
                return;
            }

            _pending.Remove(snapshot);
            CompletedOffsets[snapshot] = p.Offsets;
            _completed.Add((DateTimeOffset.UtcNow, (nowMicros - p.StartedMicros) / 1000.0, p.Bytes));
            LastCompleted = snapshot;
        }
    }

    public IReadOnlyList<(DateTimeOffset CompletedAt, double DurationMs, long Bytes)> Completed
    {
        get
        {
            lock (_gate)
            {
                return _completed.ToList();
            }
        }
    }

    private sealed class Pending(long startedMicros, long[] offsets)
    {
        public long StartedMicros { get; } = startedMicros;
        public long[] Offsets { get; } = offsets;
        public int Written { get; set; }
        public long Bytes { get; set; }
    }
}
