namespace GrainFlow.Model;

/// <summary>
/// What a checkpoint is for. A savepoint is a checkpoint of another kind, not a second code path: it travels the
/// same barriers and acknowledgements and differs only in retention, alignment and what happens after it.
/// </summary>
public enum CheckpointKind
{
    /// <summary>Periodic, owned by the system, deleted when subsumed beyond the retained count.</summary>
    Checkpoint = 0,

    /// <summary>User triggered, always aligned and full, kept until deleted.</summary>
    Savepoint = 1,

    /// <summary>A savepoint after which the sources stop and the job ends <c>stopped</c>.</summary>
    SavepointThenStop = 2,

    /// <summary>The checkpoint a job whose bounded sources have ended takes to commit its sinks before it finishes.</summary>
    Final = 3,
}
