using GrainFlow.Checkpointing.Protocol;

namespace GrainFlow.Api.Contracts;

/// <summary>How many checkpoints completed, failed, are in progress, and how often the job restored from one.</summary>
public sealed record CheckpointCountsResponse(long Completed, long Failed, long InProgress, long Restored)
{
    public static CheckpointCountsResponse From(CheckpointStatsCounts counts) =>
        new(counts.Completed, counts.Failed, counts.InProgress, counts.Restored);
}
