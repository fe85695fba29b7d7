namespace GrainFlow.Checkpointing.Protocol;

/// <summary>Where a <see cref="PendingCheckpoint"/> is in its life; only an in-progress one accepts acknowledgements.</summary>
public enum PendingCheckpointStatus
{
    InProgress = 0,
    Completed = 1,
    Aborted = 2,
}
