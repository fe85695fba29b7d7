using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainFlow.Api.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against the configured API keys and answers refusals as
/// problem details: a missing or wrong key is 401, too low a role 403. With no keys configured it admits loopback
/// clients as admin and refuses every other address with 403, so an unconfigured API is never open to the network.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyMatcher matcher,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "GrainFlowApiKey";
    private const string BearerPrefix = "Bearer ";

    public static string RoleName(ApiRole role) => role.ToString().ToLowerInvariant();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!matcher.HasKeys)
        {
            return Task.FromResult(IsLoopback(Context)
                ? Success("loopback", ApiRole.Admin)
                : AuthenticateResult.Fail("No API keys are configured; only loopback clients are served."));
        }

        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var index = matcher.Match(header[BearerPrefix.Length..].Trim());
        return Task.FromResult(index < 0
            ? AuthenticateResult.Fail("The API key is not valid.")
            : Success($"api-key-{index}", matcher.RoleOf(index)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!matcher.HasKeys)
        {
            return WriteAsync(StatusCodes.Status403Forbidden, "Forbidden",
                "No API keys are configured, so this API serves loopback clients only.");
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(StatusCodes.Status401Unauthorized, "Unauthorized",
            "Send a valid API key as 'Authorization: Bearer <key>'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteAsync(StatusCodes.Status403Forbidden, "Forbidden", "The API key's role does not allow this action.");

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    private AuthenticateResult Success(string name, ApiRole role)
    {
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, RoleName(role))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private async Task WriteAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
