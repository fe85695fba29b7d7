using System.Text.Json;
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
/// The job lifecycle over REST (design section 9): submit, list, inspect, cancel and stop-with-savepoint. Reads
/// need the read role; changes need operate and draw from the rate limit.
/// </summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");

        jobs.MapPost("/", SubmitAsync).WithName("SubmitJob")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(ApiPolicies.Operate).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        jobs.MapGet("/", ListAsync).WithName("ListJobs").RequireAuthorization(ApiPolicies.Read);
        jobs.MapGet("/{jobId}", GetAsync).WithName("GetJob")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(ApiPolicies.Read);
        jobs.MapPost("/{jobId}/cancel", CancelAsync).WithName("CancelJob")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiPolicies.Operate).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        jobs.MapPost("/{jobId}/stop", StopAsync).WithName("StopJobWithSavepoint")
            .Accepts<SavepointTriggerRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(ApiPolicies.Operate).RequireRateLimiting(ApiRateLimiting.MutatingPolicy);
        return api;
    }

    public static async Task<Created<JobCreatedResponse>> SubmitAsync(
        HttpRequest request, [FromServices] IJobService jobs, CancellationToken cancellation)
    {
        var submission = await SubmitRequest.ReadAsync(request, cancellation);
        var job = await jobs.SubmitAsync(submission.Spec, submission.FromSavepoint, submission.AllowNonRestoredState);
        return TypedResults.Created($"/api/jobs/{job.Value}", new JobCreatedResponse(job.Value));
    }

    public static async Task<Ok<List<JobSummaryResponse>>> ListAsync([FromServices] IJobService jobs) =>
        TypedResults.Ok((await jobs.ListAsync()).Select(JobSummaryResponse.From).ToList());

    public static async Task<Ok<JobDetailsResponse>> GetAsync(string jobId, [FromServices] IJobService jobs) =>
        TypedResults.Ok(JobDetailsResponse.From(await jobs.GetAsync(ApiIds.Job(jobId))));

    public static async Task<Accepted> CancelAsync(string jobId, [FromServices] IJobService jobs)
    {
        await jobs.CancelAsync(ApiIds.Job(jobId));
        return TypedResults.Accepted($"/api/jobs/{jobId}");
    }

    public static async Task<Accepted<RequestAcceptedResponse>> StopAsync(
        string jobId, HttpRequest request, [FromServices] IJobService jobs, CancellationToken cancellation)
    {
        var trigger = await SavepointTriggerReader.ReadAsync(request, cancellation);
        var requestId = await jobs.StopWithSavepointAsync(ApiIds.Job(jobId), trigger.TriggerId);
        return TypedResults.Accepted($"/api/jobs/{jobId}/savepoints/{requestId.Value}", new RequestAcceptedResponse(requestId.Value));
    }
}
