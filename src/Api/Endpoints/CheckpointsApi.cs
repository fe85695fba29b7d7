using System.Globalization;
using GrainFlow.Api.Contracts;
using GrainFlow.Api.Errors;
using GrainFlow.Api.Requests;
using GrainFlow.Api.Security;
using GrainFlow.Jobs;
using GrainFlow.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace GrainFlow.Api.Endpoints;

/// <summary>
/// A job's checkpoints over REST, as Flink's checkpoint statistics: counts, latest and history, the effective
/// configuration, one checkpoint's per-subtask details, and a manual trigger.
/// </summary>
public static class CheckpointsApi
{
    public static RouteGroupBuilder MapCheckpointsApi(this RouteGroupBuilder api)
    {
        var checkpoints = api.MapGroup("/jobs/{jobId}/checkpoints").WithTags("Checkpoints")
            .ProducesProblem(StatusCodes.Status404NotFound);

        checkpoints.MapGet("/", GetOverviewAsync).WithName("GetCheckpoints").RequireAuthorization(ApiPolicies.Read);
        checkpoints.MapGet("/config", GetConfigAsync).WithName("GetCheckpointConfig").RequireAuthorization(ApiPolicies.Read);
        checkpoints.MapPost("/", TriggerAsync).WithName("TriggerCheckpoint")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiPolicies.Operate).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        checkpoints.MapGet("/{id}", GetDetailsAsync).WithName("GetCheckpoint").RequireAuthorization(ApiPolicies.Read);
        return api;
    }

    public static async Task<Ok<CheckpointOverviewResponse>> GetOverviewAsync(string jobId, [FromServices] IJobService jobs) =>
        TypedResults.Ok(CheckpointOverviewResponse.From(await jobs.GetCheckpointStatsAsync(ApiIds.Job(jobId))));

    public static async Task<Ok<CheckpointConfigResponse>> GetConfigAsync(string jobId, [FromServices] IJobService jobs) =>
        TypedResults.Ok(CheckpointConfigResponse.From(await jobs.GetCheckpointSettingsAsync(ApiIds.Job(jobId))));

    public static async Task<Accepted<RequestAcceptedResponse>> TriggerAsync(string jobId, [FromServices] IJobService jobs)
    {
        var checkpoint = await jobs.TriggerCheckpointAsync(ApiIds.Job(jobId));
        return TypedResults.Accepted(
            $"/api/jobs/{jobId}/checkpoints/{checkpoint}", new RequestAcceptedResponse(checkpoint.ToString()));
    }

    public static async Task<Results<Ok<CheckpointDetailsResponse>, ProblemHttpResult>> GetDetailsAsync(
        string jobId, string id, [FromServices] IJobService jobs)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return ApiProblems.UnknownCheckpoint(jobId, id);
        }

        return TypedResults.Ok(CheckpointDetailsResponse.From(await jobs.GetCheckpointAsync(ApiIds.Job(jobId), new CheckpointId(value))));
    }
}
