using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainFlow.Api.Security;

/// <summary>
/// The rate limit on mutating endpoints: a token bucket per caller (the authenticated key, else the remote address),
/// refusing with 429, a <c>Retry-After</c> header and problem details once the bucket is empty.
/// </summary>
public static class ApiRateLimiting
{
    public const string MutatingPolicy = "grainflow.mutating";

    internal static void Add(RateLimiterOptions options)
    {
        options.AddPolicy(MutatingPolicy, context =>
        {
            var limits = context.RequestServices.GetRequiredService<IOptions<GrainFlowApiOptions>>().Value.RateLimit;
            return RateLimitPartition.GetTokenBucketLimiter(CallerOf(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Burst,
                TokensPerPeriod = limits.PermitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = RejectAsync;
    }

    private static string CallerOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name }
            ? "key:" + name
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"The rate limit for changing requests is used up; retry after {seconds} s.",
            },
        });
    }
}
