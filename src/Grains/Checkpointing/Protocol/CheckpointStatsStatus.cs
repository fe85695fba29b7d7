namespace GrainFlow.Checkpointing.Protocol;

/// <summary>A checkpoint's status as the statistics show it.</summary>
public enum CheckpointStatsStatus
{
    InProgress = 0,
    Completed = 1,
    Failed = 2,
}
