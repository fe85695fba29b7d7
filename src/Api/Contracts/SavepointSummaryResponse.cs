using GrainFlow.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>One line of <c>GET /api/savepoints</c>.</summary>
public sealed record SavepointSummaryResponse(string SavepointId, string JobId, string JobName, DateTimeOffset CreatedAt, long StateBytes)
{
    public static SavepointSummaryResponse From(SavepointSummary summary) => new(
        summary.Savepoint.Value, summary.Job.Value, summary.JobName, summary.CreatedAt, summary.StateBytes);
}
