namespace GrainFlow.IntegrationTests.Api;

/// <summary>The counts, the latest completed checkpoint and the recent history of <c>GET /api/jobs/{id}/checkpoints</c>.</summary>
public sealed record CheckpointsView(long Completed, long Failed, long InProgress, long Restored, CheckpointView? LatestCompleted, IReadOnlyList<CheckpointView> History)
{
    /// <summary>The first checkpoint triggered at or after <paramref name="since"/> that completed, if one has.</summary>
    public CheckpointView? FirstCompletedSince(DateTimeOffset since) =>
        History.Where(c => c.Status == "completed" && c.TriggeredAt >= since).MinBy(c => c.TriggeredAt);
}
