using GrainFlow.Jobs;
using GrainFlow.Model;

namespace GrainFlow.Api.Contracts;

/// <summary>One line of <c>GET /api/jobs</c>: enough to pick a job and see whether it runs.</summary>
public sealed record JobSummaryResponse(string JobId, string Name, JobStatus Status)
{
    public static JobSummaryResponse From(JobSummary summary) => new(summary.Job.Value, summary.Name, summary.Status);
}
