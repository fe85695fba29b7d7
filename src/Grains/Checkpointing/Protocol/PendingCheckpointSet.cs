using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The coordinator's book of pending checkpoints: it issues strictly increasing ids (seeded from the restored
/// counter, as Flink's <c>CheckpointIDCounter</c>), routes acknowledgements, expires checkpoints past their timeout,
/// subsumes older periodic checkpoints when a newer one completes, and aborts everything on restart. It decides;
/// the coordinator grain carries the decisions out (notifications, metadata writes, deletes).
/// </summary>
public sealed class PendingCheckpointSet
{
    /// <summary>The timeout each pending checkpoint expires after.</summary>
    private readonly TimeSpan timeout;

    /// <summary>The checkpoints in flight, ordered by id so subsumption and expiry walk them oldest first.</summary>
    private readonly SortedDictionary<CheckpointId, PendingCheckpoint> pending = new();

    public PendingCheckpointSet(TimeSpan timeout, CheckpointId lastIssued)
    {
        if (timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The checkpoint timeout must be positive.");
        }

        this.timeout = timeout;
        LastIssued = lastIssued;
    }

    /// <summary>The highest id handed out; persist it so ids keep increasing across coordinator activations.</summary>
    public CheckpointId LastIssued { get; private set; }

    public int Count => pending.Count;

    public bool HasPendingSavepoint => pending.Values.Any(p => p.Kind.IsSavepoint());

    /// <summary>Whether a checkpoint that ends the job (final, or stop-with-savepoint) is pending.</summary>
    public bool HasPendingTerminal => pending.Values.Any(p => p.Kind.EndsJob());

    public IReadOnlyCollection<PendingCheckpoint> Pending => pending.Values;

    /// <summary>When the oldest pending checkpoint expires: the time to arm the coordinator's timeout timer for.</summary>
    public DateTimeOffset? NextExpiry => pending.Count == 0 ? null : pending.Values.Min(p => p.TriggeredAt) + timeout;

    public PendingCheckpoint? Find(CheckpointId id) => pending.GetValueOrDefault(id);

    public PendingCheckpoint Start(CheckpointKind kind, Attempt attempt, IEnumerable<SubtaskId> tasks, DateTimeOffset now)
    {
        var id = LastIssued.Next();
        var checkpoint = new PendingCheckpoint(id, kind, attempt, now, tasks);
        LastIssued = id;
        pending.Add(id, checkpoint);
        return checkpoint;
    }

    /// <summary>
    /// Routes an acknowledgement to its checkpoint. One for an id already issued but no longer pending (completed,
    /// expired, aborted) is <see cref="AcknowledgeResult.Discarded"/>; one for an id never issued is Unknown.
    /// </summary>
    public AcknowledgeOutcome Acknowledge(SubtaskAcknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        if (!pending.TryGetValue(acknowledgement.CheckpointId, out var checkpoint))
        {
            var result = acknowledgement.CheckpointId <= LastIssued ? AcknowledgeResult.Discarded : AcknowledgeResult.Unknown;
            return new AcknowledgeOutcome(result, null);
        }

        var outcome = checkpoint.Acknowledge(acknowledgement);
        var ready = outcome == AcknowledgeResult.Success && checkpoint.IsFullyAcknowledged ? checkpoint : null;
        return new AcknowledgeOutcome(outcome, ready);
    }

    /// <summary>
    /// Completes a fully acknowledged checkpoint (after its metadata is committed) and subsumes every older pending
    /// periodic checkpoint; savepoints are never subsumed.
    /// </summary>
    public CheckpointCompletion Complete(CheckpointId id, DateTimeOffset completedAt)
    {
        if (!pending.TryGetValue(id, out var checkpoint))
        {
            throw new InvalidOperationException($"Checkpoint {id} is not pending.");
        }

        var completed = checkpoint.ToCompleted(completedAt);
        pending.Remove(id);
        var subsumed = AbortWhere(p => p.Id < id && !p.Kind.IsSavepoint(), CheckpointFailureReason.Subsumed);
        return new CheckpointCompletion(completed, subsumed);
    }

    /// <summary>Aborts one pending checkpoint (declined, storage failure); null if it is not pending.</summary>
    public AbortedCheckpoint? Abort(CheckpointId id, CheckpointFailureReason reason)
    {
        if (!pending.Remove(id, out var checkpoint))
        {
            return null;
        }

        return checkpoint.Abort(reason);
    }

    /// <summary>Aborts every checkpoint whose timeout has passed at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<AbortedCheckpoint> ExpireDue(DateTimeOffset now) =>
        AbortWhere(p => now - p.TriggeredAt >= timeout, CheckpointFailureReason.Expired);

    /// <summary>Aborts everything pending, e.g. with <see cref="CheckpointFailureReason.JobRestarting"/>.</summary>
    public IReadOnlyList<AbortedCheckpoint> AbortAll(CheckpointFailureReason reason) => AbortWhere(_ => true, reason);

    private List<AbortedCheckpoint> AbortWhere(Func<PendingCheckpoint, bool> predicate, CheckpointFailureReason reason)
    {
        var doomed = pending.Values.Where(predicate).ToList();
        var aborted = new List<AbortedCheckpoint>(doomed.Count);
        foreach (var checkpoint in doomed)
        {
            pending.Remove(checkpoint.Id);
            aborted.Add(checkpoint.Abort(reason));
        }

        return aborted;
    }
}
