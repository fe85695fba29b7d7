namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Why a checkpoint was refused, postponed or aborted, as Flink's <c>CheckpointFailureReason</c>. Whether a reason
/// counts against <see cref="CheckpointSettings.TolerableFailures"/> is decided by <see cref="CheckpointFailureManager"/>.
/// </summary>
public enum CheckpointFailureReason
{
    /// <summary>Not every subtask acknowledged within the timeout.</summary>
    Expired = 0,

    /// <summary>A subtask declined the checkpoint (its snapshot failed).</summary>
    Declined = 1,

    /// <summary>A subtask failed while the checkpoint was pending.</summary>
    SubtaskFailed = 2,

    /// <summary>The job is restarting; every pending checkpoint of the old attempt is void.</summary>
    JobRestarting = 3,

    /// <summary>Writing the checkpoint metadata (the commit point) failed.</summary>
    StorageFailure = 4,

    /// <summary>A newer checkpoint completed first, so this one is no longer needed.</summary>
    Subsumed = 5,

    /// <summary>As many checkpoints as allowed are already pending.</summary>
    TooManyConcurrent = 6,

    /// <summary>The minimum pause since the last completed checkpoint has not passed yet.</summary>
    MinPauseNotElapsed = 7,

    /// <summary>The coordinator or the job is shutting down.</summary>
    Shutdown = 8,

    /// <summary>Some source subtasks are not running, so barriers cannot be injected everywhere.</summary>
    NotAllSourcesRunning = 9,

    /// <summary>A savepoint is already pending; only one runs at a time (the REST layer answers 409).</summary>
    SavepointInProgress = 10,

    /// <summary>A periodic trigger arrived although the interval is zero.</summary>
    PeriodicCheckpointingDisabled = 11,

    /// <summary>The coordinator (or a subtask) aborted the checkpoint for a reason not listed above.</summary>
    Aborted = 12,

    /// <summary>
    /// An incremental checkpoint built on objects retention had already deleted: a subtask had not yet heard of the
    /// newer checkpoint that replaced its base. The next checkpoint builds on that newer one.
    /// </summary>
    SharedStateDiscarded = 13,
}
