using GrainFlow.Api.Endpoints;
using GrainFlow.Api.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the GrainFlow REST API (design section 9) under <c>/api</c>, the probes <c>/healthz</c> and <c>/readyz</c>,
/// the OpenAPI document at <c>/openapi/v1.json</c> and its interactive page at <c>/scalar/v1</c>. Mapped on a
/// <see cref="WebApplication"/>, it also adds the rate-limiter middleware the mutating endpoints rely on (a host
/// must then not call <c>UseRateLimiter</c> itself).
/// </summary>
public static class GrainFlowApiEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapGrainFlowApi(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints is IApplicationBuilder app)
        {
            app.UseRateLimiter();
        }

        endpoints.MapHealthApi();
        endpoints.MapGroup("/api")
            .AddEndpointFilter<ApiExceptionFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .MapJobsApi()
            .MapCheckpointsApi()
            .MapSavepointsApi();
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapScalarApiReference().AllowAnonymous();
        return endpoints;
    }
}
