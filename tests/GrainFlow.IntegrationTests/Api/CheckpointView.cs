namespace GrainFlow.IntegrationTests.Api;

/// <summary>One checkpoint as <c>GET /api/jobs/{id}/checkpoints</c> reports it; it ended at trigger time plus its duration.</summary>
public sealed record CheckpointView(long Id, string Status, DateTimeOffset TriggeredAt, long? DurationMs)
{
    public DateTimeOffset? EndedAt => DurationMs is { } duration ? TriggeredAt.AddMilliseconds(duration) : null;
}
