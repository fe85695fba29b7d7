namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Decides whether a checkpoint request may run now, as Flink's <c>CheckpointRequestDecider</c>, from facts the
/// caller reads off its <see cref="PendingCheckpointSet"/>. Periodic requests respect
/// <see cref="CheckpointSettings.MaxConcurrent"/> and <see cref="CheckpointSettings.MinPause"/>; requested ones
/// (user checkpoints, savepoints, the final checkpoint) bypass both, except that two savepoints never run at once.
/// </summary>
public sealed class CheckpointRequestDecider
{
    /// <summary>The limits periodic requests are held to.</summary>
    private readonly CheckpointSettings settings;

    public CheckpointRequestDecider(CheckpointSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
    }

    /// <param name="request">What is asked for.</param>
    /// <param name="pendingCount">How many checkpoints (of any kind) are pending.</param>
    /// <param name="savepointPending">Whether one of them is a savepoint.</param>
    /// <param name="lastCompletedAt">When the latest checkpoint completed; null if none did in this coordinator's life.</param>
    /// <param name="now">The current time.</param>
    public TriggerDecision Decide(
        CheckpointRequest request, int pendingCount, bool savepointPending, DateTimeOffset? lastCompletedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind.IsSavepoint())
        {
            return savepointPending ? TriggerDecision.Refuse(CheckpointFailureReason.SavepointInProgress) : TriggerDecision.Trigger;
        }

        if (request.Origin == CheckpointRequestOrigin.Requested)
        {
            return TriggerDecision.Trigger;
        }

        if (!settings.IsPeriodic)
        {
            return TriggerDecision.Refuse(CheckpointFailureReason.PeriodicCheckpointingDisabled);
        }

        if (pendingCount >= settings.MaxConcurrent)
        {
            return TriggerDecision.Postpone(CheckpointFailureReason.TooManyConcurrent);
        }

        if (lastCompletedAt is { } completed && now - completed < settings.MinPause)
        {
            return TriggerDecision.Postpone(CheckpointFailureReason.MinPauseNotElapsed, completed + settings.MinPause - now);
        }

        return TriggerDecision.Trigger;
    }
}
