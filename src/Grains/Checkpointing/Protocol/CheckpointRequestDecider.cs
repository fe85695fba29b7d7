using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Decides whether a checkpoint request may run now, as Flink's <c>CheckpointRequestDecider</c>, from facts the
/// caller reads off its <see cref="PendingCheckpointSet"/>. Periodic requests respect
/// <see cref="CheckpointSettings.MaxConcurrent"/> and <see cref="CheckpointSettings.MinPause"/>; requested ones
/// (user checkpoints, savepoints) bypass both, except that two savepoints never run at once; the final checkpoint
/// waits until nothing is pending; once the job is ending nothing else starts.
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
    /// <param name="facts">The coordinator's state at the moment of the request.</param>
    public TriggerDecision Decide(CheckpointRequest request, CheckpointTriggerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind == CheckpointKind.Final)
        {
            // As Flink's final checkpoint after tasks finish: it waits for the checkpoints in flight rather than
            // overtaking and subsuming them, so a job that simply runs out of input reports no failed checkpoint.
            return facts.PendingCount > 0 ? TriggerDecision.Postpone(CheckpointFailureReason.TooManyConcurrent) : TriggerDecision.Trigger;
        }

        if (facts.Ending)
        {
            // Periodic requests wait: if a stop-with-savepoint fails, the job runs on and so do its checkpoints.
            return request.Origin == CheckpointRequestOrigin.Periodic
                ? TriggerDecision.Postpone(CheckpointFailureReason.Shutdown)
                : TriggerDecision.Refuse(CheckpointFailureReason.Shutdown);
        }

        if (request.Kind.IsSavepoint())
        {
            return facts.SavepointPending ? TriggerDecision.Refuse(CheckpointFailureReason.SavepointInProgress) : TriggerDecision.Trigger;
        }

        if (request.Origin == CheckpointRequestOrigin.Requested)
        {
            return TriggerDecision.Trigger;
        }

        if (!settings.IsPeriodic)
        {
            return TriggerDecision.Refuse(CheckpointFailureReason.PeriodicCheckpointingDisabled);
        }

        if (facts.PendingCount >= settings.MaxConcurrent)
        {
            return TriggerDecision.Postpone(CheckpointFailureReason.TooManyConcurrent);
        }

        if (facts.LastCompletedAt is { } completed && facts.Now - completed < settings.MinPause)
        {
            return TriggerDecision.Postpone(CheckpointFailureReason.MinPauseNotElapsed, completed + settings.MinPause - facts.Now);
        }

        return TriggerDecision.Trigger;
    }
}
