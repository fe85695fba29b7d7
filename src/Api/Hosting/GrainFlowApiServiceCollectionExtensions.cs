using System.Text.Json;
using System.Text.Json.Serialization;
using GrainFlow.Api;
using GrainFlow.Api.Errors;
using GrainFlow.Api.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the GrainFlow REST API's services: options from <c>GrainFlow:Api</c>, camelCase JSON with enums as
/// camelCase strings, problem details, API-key authentication and role policies, the rate limiter, the guard that
/// keeps an unkeyed API on loopback, and the OpenAPI document. The engine (<c>IJobService</c>) comes from the silo.
/// </summary>
public static class GrainFlowApiServiceCollectionExtensions
{
    public static IServiceCollection AddGrainFlowApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GrainFlowApiOptions>().Bind(configuration.GetSection(GrainFlowApiOptions.SectionName));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        services.AddProblemDetails();
        services.TryAddSingleton<ApiExceptionFilter>();
        services.TryAddSingleton(sp => new ApiKeyMatcher(sp.GetRequiredService<IOptions<GrainFlowApiOptions>>().Value.Keys));
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorization(ApiPolicies.Add);
        services.AddRateLimiter(ApiRateLimiting.Add);
        services.AddHostedService<ApiExposureGuard>();
        services.AddOpenApi();
        return services;
    }
}
