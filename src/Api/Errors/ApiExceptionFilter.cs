using GrainFlow.Api.Requests;
using GrainFlow.Jobs;
using GrainFlow.Model.Spec;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Api.Errors;

/// <summary>
/// The one place where the engine's typed exceptions become RFC 7807 problem details: every GrainFlow endpoint runs
/// behind it, so a bad request always gets its 4xx naming the offending field or id, and an unexpected failure a
/// bare 500 without stack trace or file-system path (the details go to the log only).
/// </summary>
internal sealed partial class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (Map(e) is { } problem)
        {
            return problem;
        }
        catch (Exception e) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path, e);
            return TypedResults.Problem(
                title: "Internal error",
                detail: "The request failed inside the engine; the server log has the details.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>The problem a known exception stands for; null for anything unexpected.</summary>
    internal static IResult? Map(Exception exception) => exception switch
    {
        JobSpecValidationException e => TypedResults.ValidationProblem(
            e.Errors.GroupBy(error => error.Field).ToDictionary(g => g.Key, g => g.Select(error => error.Message).ToArray()),
            detail: e.Message,
            title: "The request is invalid"),
        RequestBodyTooLargeException e => Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", e.Message),
        JobNotFoundException e => Problem(StatusCodes.Status404NotFound, "Job not found", e.Message, ("jobId", e.Job.Value)),
        SavepointNotFoundException e => Problem(StatusCodes.Status404NotFound, "Savepoint not found", e.Message, ("savepointId", e.Savepoint.Value)),
        SavepointRequestNotFoundException e => Problem(StatusCodes.Status404NotFound, "Savepoint request not found", e.Message, ("requestId", e.Request.Value)),
        CheckpointNotFoundException e => Problem(StatusCodes.Status404NotFound, "Checkpoint not found", e.Message,
            ("jobId", e.Job.Value), ("checkpointId", e.Checkpoint.ToString())),
        JobStateConflictException e => Problem(StatusCodes.Status409Conflict, "Not valid in the job's status", e.Message,
            ("jobId", e.Job.Value), ("jobStatus", e.Status.ToString().ToLowerInvariant())),
        SavepointInProgressException e => Problem(StatusCodes.Status409Conflict, "Savepoint in progress", e.Message, ("jobId", e.Job.Value)),
        SavepointRestoreException e => TypedResults.Problem(
            title: "Cannot restore from the savepoint",
            detail: e.Message,
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [e.Field] = [e.Message] } }),
        BadHttpRequestException e => Problem(e.StatusCode, "Bad request", "The request could not be read."),
        _ => null,
    };

    private static IResult Problem(int status, string title, string detail, params (string Name, object? Value)[] extensions) =>
        TypedResults.Problem(
            title: title,
            detail: detail,
            statusCode: status,
            extensions: extensions.ToDictionary(x => x.Name, x => x.Value));

    [LoggerMessage(EventId = 3100, Level = LogLevel.Error, Message = "GrainFlow API {Method} {Path} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, string method, string path, Exception exception);
}
