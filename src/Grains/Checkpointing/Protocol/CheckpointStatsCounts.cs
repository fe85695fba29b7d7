namespace GrainFlow.Checkpointing.Protocol;

/// <summary>How many checkpoints completed, failed, are in progress, and how many times the job restored from one.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointStatsCounts(
    [property: Id(0)] long Completed,
    [property: Id(1)] long Failed,
    [property: Id(2)] long InProgress,
    [property: Id(3)] long Restored)
{
    public static readonly CheckpointStatsCounts Zero = new(0, 0, 0, 0);
}
