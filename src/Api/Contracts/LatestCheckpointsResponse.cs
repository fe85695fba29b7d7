using GrainFlow.Checkpointing.Protocol;

namespace GrainFlow.Api.Contracts;

/// <summary>The latest completed checkpoint, failed checkpoint, completed savepoint and restore; each null until one happens.</summary>
public sealed record LatestCheckpointsResponse(
    CheckpointSummaryResponse? Completed,
    CheckpointSummaryResponse? Failed,
    CheckpointSummaryResponse? Savepoint,
    RestoredCheckpointResponse? Restored)
{
    public static LatestCheckpointsResponse From(CheckpointStatsLatest latest) => new(
        latest.Completed is null ? null : CheckpointSummaryResponse.From(latest.Completed),
        latest.Failed is null ? null : CheckpointSummaryResponse.From(latest.Failed),
        latest.Savepoint is null ? null : CheckpointSummaryResponse.From(latest.Savepoint),
        latest.Restored is null ? null : RestoredCheckpointResponse.From(latest.Restored));
}
