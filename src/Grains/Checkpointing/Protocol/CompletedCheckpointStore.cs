namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The completed checkpoints a job can restore from, as Flink's <c>CompletedCheckpointStore</c>, as pure state: the
/// coordinator persists <see cref="All"/>, and deletes what <see cref="Add"/> returns. Periodic (and final)
/// checkpoints are kept up to <c>retained</c>, the oldest discarded first. Savepoints belong to the user: never
/// discarded and never counted; the store forgets one (without discarding it) once it is older than every retained
/// checkpoint, because it can no longer be the one to restore from.
/// </summary>
public sealed class CompletedCheckpointStore
{
    /// <summary>How many periodic checkpoints to keep.</summary>
    private readonly int retained;

    /// <summary>What the store holds, ordered by id.</summary>
    private readonly List<CompletedCheckpoint> checkpoints = new();

    public CompletedCheckpointStore(int retained, IEnumerable<CompletedCheckpoint>? restored = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retained, 1);
        this.retained = retained;
        foreach (var checkpoint in restored ?? [])
        {
            Add(checkpoint);
        }
    }

    /// <summary>The one to restore from: the newest completed checkpoint or savepoint; null before the first.</summary>
    public CompletedCheckpoint? Latest => checkpoints.Count == 0 ? null : checkpoints[^1];

    public IReadOnlyList<CompletedCheckpoint> All => checkpoints;

    /// <summary>
    /// This store with <paramref name="completed"/> added, and what that drops beyond retention; this store is left as
    /// it is. The coordinator writes the new store before it adopts it, so a write that fails changes nothing.
    /// </summary>
    public (CompletedCheckpointStore Store, IReadOnlyList<CompletedCheckpoint> Discarded) With(CompletedCheckpoint completed)
    {
        var next = new CompletedCheckpointStore(retained, checkpoints);
        return (next, next.Add(completed));
    }

    /// <summary>Adds a completed checkpoint; returns the periodic checkpoints now beyond retention, for the caller to delete.</summary>
    public IReadOnlyList<CompletedCheckpoint> Add(CompletedCheckpoint completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (checkpoints.Any(c => c.Id == completed.Id))
        {
            throw new InvalidOperationException($"Checkpoint {completed.Id} is already in the store.");
        }

        var index = checkpoints.FindLastIndex(c => c.Id < completed.Id) + 1;
        checkpoints.Insert(index, completed);

        var periodic = checkpoints.Where(c => !c.IsSavepoint).ToList();
        var discarded = periodic.Take(Math.Max(0, periodic.Count - retained)).ToList();
        checkpoints.RemoveAll(discarded.Contains);

        var oldestPeriodic = checkpoints.FirstOrDefault(c => !c.IsSavepoint);
        if (oldestPeriodic is not null)
        {
            checkpoints.RemoveAll(c => c.IsSavepoint && c.Id < oldestPeriodic.Id);
        }

        return discarded;
    }
}
