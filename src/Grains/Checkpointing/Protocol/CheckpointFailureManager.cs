using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Counts consecutive failed checkpoints and says when the job must fail, as Flink's <c>CheckpointFailureManager</c>.
/// Only failures that say something about the job's health count (expiry, decline, storage failure, subtask failure);
/// a failure of a checkpoint older than the latest success, or of a savepoint, does not. A success resets the count.
/// </summary>
public sealed class CheckpointFailureManager
{
    /// <summary>How many consecutive counted failures are survivable; the next one fails the job.</summary>
    private readonly int tolerableFailures;

    /// <summary>Checkpoints already counted, so a checkpoint that fails twice (decline, then expiry) counts once.</summary>
    private readonly HashSet<CheckpointId> counted = new();

    /// <summary>The newest successful checkpoint; failures of older ones arrive late and do not count.</summary>
    private CheckpointId lastSucceeded = CheckpointId.None;

    public CheckpointFailureManager(int tolerableFailures)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerableFailures);
        this.tolerableFailures = tolerableFailures;
    }

    public int ConsecutiveFailures => counted.Count;

    public static bool Counts(CheckpointFailureReason reason) => reason is CheckpointFailureReason.Expired
        or CheckpointFailureReason.Declined or CheckpointFailureReason.StorageFailure or CheckpointFailureReason.SubtaskFailed;

    public CheckpointFailureDecision OnFailure(CheckpointId id, CheckpointKind kind, CheckpointFailureReason reason)
    {
        if (!Counts(reason) || kind.IsSavepoint() || id <= lastSucceeded || !counted.Add(id))
        {
            return new CheckpointFailureDecision(CheckpointFailureVerdict.NotCounted, reason, counted.Count);
        }

        var verdict = counted.Count > tolerableFailures ? CheckpointFailureVerdict.FailJob : CheckpointFailureVerdict.Tolerated;
        return new CheckpointFailureDecision(verdict, reason, counted.Count);
    }

    public CheckpointFailureDecision OnFailure(AbortedCheckpoint aborted)
    {
        ArgumentNullException.ThrowIfNull(aborted);
        return OnFailure(aborted.Id, aborted.Kind, aborted.Reason);
    }

    /// <summary>A completed checkpoint: the consecutive count starts again (failures of newer checkpoints stay counted).</summary>
    public void OnSuccess(CheckpointId id)
    {
        if (id > lastSucceeded)
        {
            lastSucceeded = id;
        }

        counted.RemoveWhere(c => c <= lastSucceeded);
    }
}
