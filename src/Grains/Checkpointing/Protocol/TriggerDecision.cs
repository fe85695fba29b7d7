namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The decider's answer to one checkpoint request: trigger it, postpone it (with the reason and, when known, how long
/// until it could go), or refuse it.
/// </summary>
public sealed record TriggerDecision(TriggerOutcome Outcome, CheckpointFailureReason? Reason, TimeSpan? RetryAfter)
{
    public static readonly TriggerDecision Trigger = new(TriggerOutcome.Trigger, null, null);

    public static TriggerDecision Postpone(CheckpointFailureReason reason, TimeSpan? retryAfter = null) =>
        new(TriggerOutcome.Postpone, reason, retryAfter);

    public static TriggerDecision Refuse(CheckpointFailureReason reason) => new(TriggerOutcome.Refuse, reason, null);
}
