using GrainFlow.Checkpointing.Protocol;

namespace GrainFlow.Api.Contracts;

/// <summary>The body of <c>GET /api/jobs/{jobId}/checkpoints</c>: counts, the latest of each kind, and the history newest first.</summary>
public sealed record CheckpointOverviewResponse(
    CheckpointCountsResponse Counts,
    LatestCheckpointsResponse Latest,
    IReadOnlyList<CheckpointSummaryResponse> History)
{
    public static CheckpointOverviewResponse From(CheckpointStatsSnapshot stats) => new(
        CheckpointCountsResponse.From(stats.Counts),
        LatestCheckpointsResponse.From(stats.Latest),
        stats.History.Select(CheckpointSummaryResponse.From).ToList());
}
