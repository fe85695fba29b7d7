using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// A checkpoint that has been triggered and is collecting acknowledgements, as Flink's <c>PendingCheckpoint</c>. It
/// knows exactly which subtasks of which attempt it waits for; once all have acknowledged it becomes a
/// <see cref="CompletedCheckpoint"/>, otherwise it is aborted with a <see cref="CheckpointFailureReason"/>.
/// Plain, single-threaded state: the coordinator grain owns it and calls it from its turn.
/// </summary>
public sealed class PendingCheckpoint
{
    /// <summary>The subtasks still awaited; empty means the checkpoint can complete.</summary>
    private readonly HashSet<SubtaskId> notYetAcknowledged;

    /// <summary>What arrived so far, by sender, in arrival order of first acknowledgement.</summary>
    private readonly Dictionary<SubtaskId, SubtaskAcknowledgement> acknowledgements = new();

    public PendingCheckpoint(
        CheckpointId id, CheckpointKind kind, Attempt attempt, DateTimeOffset triggeredAt, IEnumerable<SubtaskId> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        Id = id;
        Kind = kind;
        Attempt = attempt;
        TriggeredAt = triggeredAt;
        notYetAcknowledged = new HashSet<SubtaskId>(tasks);
        if (notYetAcknowledged.Count == 0)
        {
            throw new ArgumentException("A checkpoint must wait for at least one subtask.", nameof(tasks));
        }

        NumberOfSubtasks = notYetAcknowledged.Count;
    }

    public CheckpointId Id { get; }

    public CheckpointKind Kind { get; }

    public Attempt Attempt { get; }

    public DateTimeOffset TriggeredAt { get; }

    public PendingCheckpointStatus Status { get; private set; } = PendingCheckpointStatus.InProgress;

    /// <summary>Why it was aborted; null unless <see cref="Status"/> is <see cref="PendingCheckpointStatus.Aborted"/>.</summary>
    public CheckpointFailureReason? FailureReason { get; private set; }

    public int NumberOfSubtasks { get; }

    public int NumberOfAcknowledged => acknowledgements.Count;

    public int NumberOfNotYetAcknowledged => notYetAcknowledged.Count;

    public bool IsFullyAcknowledged => notYetAcknowledged.Count == 0;

    public IReadOnlyCollection<SubtaskId> NotYetAcknowledged => notYetAcknowledged;

    public IReadOnlyDictionary<SubtaskId, SubtaskAcknowledgement> Acknowledgements => acknowledgements;

    public AcknowledgeResult Acknowledge(SubtaskAcknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        if (Status != PendingCheckpointStatus.InProgress || acknowledgement.Attempt != Attempt)
        {
            return AcknowledgeResult.Discarded;
        }

        if (acknowledgement.CheckpointId != Id)
        {
            return AcknowledgeResult.Unknown;
        }

        if (notYetAcknowledged.Remove(acknowledgement.Subtask))
        {
            acknowledgements.Add(acknowledgement.Subtask, acknowledgement);
            return AcknowledgeResult.Success;
        }

        return acknowledgements.ContainsKey(acknowledgement.Subtask) ? AcknowledgeResult.Duplicate : AcknowledgeResult.Unknown;
    }

    /// <summary>Finishes a fully acknowledged checkpoint; call it after the metadata (the commit point) is written.</summary>
    public CompletedCheckpoint ToCompleted(DateTimeOffset completedAt)
    {
        var completed = Describe(completedAt);
        Status = PendingCheckpointStatus.Completed;
        return completed;
    }

    /// <summary>
    /// What this checkpoint will be once completed at <paramref name="completedAt"/>, without completing it: the
    /// coordinator commits exactly this as metadata, and completes the checkpoint only after that write succeeded.
    /// </summary>
    public CompletedCheckpoint Describe(DateTimeOffset completedAt)
    {
        if (Status != PendingCheckpointStatus.InProgress)
        {
            throw new InvalidOperationException($"Checkpoint {Id} is already {Status} and cannot complete.");
        }

        if (!IsFullyAcknowledged)
        {
            throw new InvalidOperationException(
                $"Checkpoint {Id} still waits for {NumberOfNotYetAcknowledged} of {NumberOfSubtasks} subtasks.");
        }

        return new CompletedCheckpoint(Id, Kind, Attempt, TriggeredAt, completedAt, new Dictionary<SubtaskId, SubtaskAcknowledgement>(acknowledgements));
    }

    /// <summary>Disposes the checkpoint; later acknowledgements are <see cref="AcknowledgeResult.Discarded"/>.</summary>
    public AbortedCheckpoint Abort(CheckpointFailureReason reason)
    {
        if (Status != PendingCheckpointStatus.InProgress)
        {
            throw new InvalidOperationException($"Checkpoint {Id} is already {Status} and cannot be aborted.");
        }

        Status = PendingCheckpointStatus.Aborted;
        FailureReason = reason;
        return new AbortedCheckpoint(Id, Kind, Attempt, TriggeredAt, reason, acknowledgements.Values.ToList());
    }
}
