using Microsoft.AspNetCore.Authorization;

namespace GrainFlow.Api.Security;

/// <summary>
/// The authorization policies of the API, one per role; a policy admits its role and every higher one, and always
/// authenticates with the API-key scheme so the host's own default scheme does not matter.
/// </summary>
public static class ApiPolicies
{
    public const string Read = "grainflow.read";
    public const string Operate = "grainflow.operate";
    public const string Admin = "grainflow.admin";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, Require(ApiRole.Read));
        options.AddPolicy(Operate, Require(ApiRole.Operate));
        options.AddPolicy(Admin, Require(ApiRole.Admin));
    }

    private static AuthorizationPolicy Require(ApiRole least) => new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
        .RequireAuthenticatedUser()
        .RequireRole(Enum.GetValues<ApiRole>().Where(role => role >= least).Select(ApiKeyAuthenticationHandler.RoleName))
        .Build();
}
