using GrainFlow.Api.Contracts;
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
/// Savepoints over REST (design section 8): trigger one for a job and poll the request, list and inspect the
/// savepoints kept, and delete one (admin only, since a deleted savepoint cannot be restored).
/// </summary>
public static class SavepointsApi
{
    public static RouteGroupBuilder MapSavepointsApi(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/jobs/{jobId}/savepoints").WithTags("Savepoints")
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/", TriggerAsync).WithName("TriggerSavepoint")
            .Accepts<SavepointTriggerRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiPolicies.Operate).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        requests.MapGet("/{requestId}", GetRequestAsync).WithName("GetSavepointRequest").RequireAuthorization(ApiPolicies.Read);

        var savepoints = api.MapGroup("/savepoints").WithTags("Savepoints");
        savepoints.MapGet("/", ListAsync).WithName("ListSavepoints").RequireAuthorization(ApiPolicies.Read);
        savepoints.MapGet("/{savepointId}", GetAsync).WithName("GetSavepoint")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiPolicies.Read);
        savepoints.MapDelete("/{savepointId}", DeleteAsync).WithName("DeleteSavepoint")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiPolicies.Admin).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        return api;
    }

    public static async Task<Accepted<RequestAcceptedResponse>> TriggerAsync(
        string jobId, HttpRequest request, [FromServices] IJobService jobs, CancellationToken cancellation)
    {
        var trigger = await SavepointTriggerReader.ReadAsync(request, cancellation);
        var requestId = await jobs.TriggerSavepointAsync(ApiIds.Job(jobId), trigger.TriggerId);
        return TypedResults.Accepted($"/api/jobs/{jobId}/savepoints/{requestId.Value}", new RequestAcceptedResponse(requestId.Value));
    }

    public static async Task<Ok<SavepointRequestResponse>> GetRequestAsync(string jobId, string requestId, [FromServices] IJobService jobs) =>
        TypedResults.Ok(SavepointRequestResponse.From(await jobs.GetSavepointRequestAsync(ApiIds.Job(jobId), ApiIds.Request(requestId))));

    public static async Task<Ok<List<SavepointSummaryResponse>>> ListAsync([FromServices] IJobService jobs) =>
        TypedResults.Ok((await jobs.ListSavepointsAsync()).Select(SavepointSummaryResponse.From).ToList());

    public static async Task<Ok<SavepointDetailsResponse>> GetAsync(string savepointId, [FromServices] IJobService jobs) =>
        TypedResults.Ok(SavepointDetailsResponse.From(await jobs.GetSavepointAsync(ApiIds.Savepoint(savepointId))));

    public static async Task<NoContent> DeleteAsync(string savepointId, [FromServices] IJobService jobs)
    {
        await jobs.DeleteSavepointAsync(ApiIds.Savepoint(savepointId));
        return TypedResults.NoContent();
    }
}
