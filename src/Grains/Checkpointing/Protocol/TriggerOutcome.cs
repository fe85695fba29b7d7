namespace GrainFlow.Checkpointing.Protocol;

/// <summary>What to do with a checkpoint request.</summary>
public enum TriggerOutcome
{
    /// <summary>Start the checkpoint now.</summary>
    Trigger = 0,

    /// <summary>Not now; a periodic request tries again on a later tick (or after <see cref="TriggerDecision.RetryAfter"/>).</summary>
    Postpone = 1,

    /// <summary>Never for this request; tell the requester why.</summary>
    Refuse = 2,
}
