namespace GrainFlow.Checkpointing.Protocol;

/// <summary>What a checkpoint failure means for the job.</summary>
public enum CheckpointFailureVerdict
{
    /// <summary>The failure does not count (restart, subsumption, shutdown, a savepoint, or an already superseded checkpoint).</summary>
    NotCounted = 0,

    /// <summary>Counted, and still within <see cref="CheckpointSettings.TolerableFailures"/>.</summary>
    Tolerated = 1,

    /// <summary>Counted, and one too many: fail the job.</summary>
    FailJob = 2,
}
