using System.Text.Json;
using GrainFlow.Model;
using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// The body of <c>GET /api/jobs/{jobId}</c>: status, attempt, restarts, the last failure, per-operator counts and
/// the effective spec, written with the spec's own JSON contract so it can be submitted again as it is.
/// </summary>
public sealed record JobDetailsResponse(
    string JobId,
    string Name,
    JobStatus Status,
    int Attempt,
    int Restarts,
    string? FailureCause,
    IReadOnlyList<OperatorMetricsResponse> Operators,
    JsonElement? Spec)
{
    public static JobDetailsResponse From(JobView view) => new(
        view.Job.Value,
        view.Name,
        view.Status,
        view.Attempt.Value,
        view.Restarts,
        view.FailureCause,
        view.Operators.Select(OperatorMetricsResponse.From).ToList(),
        view.Spec is null ? null : SpecDocument.From(view.Spec));
}
