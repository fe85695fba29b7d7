using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using GrainFlow.Api.Contracts;
using Orleans.Runtime;

namespace GrainFlow.Api.Endpoints;

/// <summary>
/// The probes an orchestrator polls, open without a key: <c>/healthz</c> answers 200 while the process serves;
/// <c>/readyz</c> answers 200 only while the silo in this process is active in its cluster, else 503.
/// </summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", Live).WithName("Liveness").WithTags("Health").AllowAnonymous();
        endpoints.MapGet("/readyz", Ready).WithName("Readiness").WithTags("Health").AllowAnonymous()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    public static Ok<ProbeResponse> Live() => TypedResults.Ok(new ProbeResponse("live"));

    public static Results<Ok<ProbeResponse>, ProblemHttpResult> Ready(HttpContext context)
    {
        var status = context.RequestServices.GetService<ISiloStatusOracle>()?.CurrentStatus;
        return status == SiloStatus.Active
            ? TypedResults.Ok(new ProbeResponse("ready"))
            : TypedResults.Problem(
                title: "Not ready",
                detail: status is null
                    ? "No silo runs in this process."
                    : $"The silo is {status.ToString()!.ToLowerInvariant()}, not active in the cluster.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
