using System.Text.Json;
using GrainFlow.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// The body of <c>GET /api/savepoints/{savepointId}</c>: where the savepoint came from, what it holds per operator,
/// and the spec it was taken with (in the spec's own JSON form, so it can be resubmitted with <c>fromSavepoint</c>).
/// </summary>
public sealed record SavepointDetailsResponse(
    string SavepointId,
    string JobId,
    string JobName,
    string CheckpointId,
    DateTimeOffset CreatedAt,
    long StateBytes,
    int MaxParallelism,
    IReadOnlyList<SavepointOperatorResponse> Operators,
    JsonElement Spec)
{
    public static SavepointDetailsResponse From(SavepointDetails details) => new(
        details.Savepoint.Value,
        details.Job.Value,
        details.JobName,
        details.Checkpoint.ToString(),
        details.CreatedAt,
        details.StateBytes,
        details.MaxParallelism,
        details.Operators.Select(SavepointOperatorResponse.From).ToList(),
        SpecDocument.From(details.Spec));
}
