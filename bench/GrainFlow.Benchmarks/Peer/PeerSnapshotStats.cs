namespace GrainFlow.Benchmarks.Peer;

/// <summary>Snapshot completions reported by the keyed-sum actors; a snapshot is complete when every partition saved it.</summary>
public sealed class PeerSnapshotStats(int partitions, string directory)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, (DateTimeOffset Started, int Saved)> _pending = [];
    private readonly List<(DateTimeOffset CompletedAt, double DurationMs, long Bytes)> _completed = [];

    public long LastRequested { get; private set; }

    public long LastCompleted { get; private set; }

    public long RestoredKeys;

    /// <summary>How many keyed-sum actors have completed recovery since the last restart.</summary>
    public int RecoveredPartitions;

    public long Request()
    {
        lock (_gate)
        {
            var id = ++LastRequested;
            _pending[id] = (DateTimeOffset.UtcNow, 0);
            return id;
        }
    }

    public void Saved(long id)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(id, out var p))
            {
                return;
            }

            if (p.Saved + 1 < partitions)
            {
                _pending[id] = (p.Started, p.Saved + 1);
                return;
            }

            _pending.Remove(id);
            var now = DateTimeOffset.UtcNow;
            _completed.Add((now, (now - p.Started).TotalMilliseconds, LatestSnapshotBytes()));
            LastCompleted = id;
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

    /// <summary>The newest snapshot file of each partition, summed: what one checkpoint of the job occupies.</summary>
    private long LatestSnapshotBytes() => Directory.Exists(directory)
        ? new DirectoryInfo(directory).GetFiles("snapshot-*")
            .GroupBy(f => f.Name.Split('-')[..^2].Aggregate((a, b) => a + "-" + b))
            .Sum(g => g.OrderByDescending(f => f.LastWriteTimeUtc).First().Length)
        : 0;
}
