namespace GrainFlow.Api.Security;

/// <summary>
/// The token bucket each caller (API key, or remote address without one) draws from for mutating requests
/// (<c>GrainFlow:Api:RateLimit</c>): refilled at <see cref="PermitsPerSecond"/>, holding at most <see cref="Burst"/>.
/// </summary>
public sealed class ApiRateLimitOptions
{
    public int PermitsPerSecond { get; set; } = 20;

    public int Burst { get; set; } = 40;
}
