using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>One operator of a job as <c>GET /api/jobs/{jobId}</c> shows it: parallelism and records in/out over its subtasks.</summary>
public sealed record OperatorMetricsResponse(string Uid, int Parallelism, long RecordsIn, long RecordsOut)
{
    public static OperatorMetricsResponse From(OperatorView view) =>
        new(view.Uid.Value, view.Parallelism, view.RecordsIn, view.RecordsOut);
}
