using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainFlow.Api.Errors;

/// <summary>Problem details the endpoints return themselves (not through an exception), so they read like the mapped ones.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult UnknownCheckpoint(string jobId, string checkpointId) => TypedResults.Problem(
        title: "Checkpoint not found",
        detail: $"Job '{jobId}' has no checkpoint '{checkpointId}' in its history.",
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["jobId"] = jobId, ["checkpointId"] = checkpointId });
}
