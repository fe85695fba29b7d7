using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainFlow.Api.Security;

/// <summary>
/// Keeps an API without keys off the network: at start it says once that only loopback clients are served, and
/// once the server has bound its addresses it refuses to run (throws, so the host stops) if any of them is not a
/// loopback address. With keys configured it does nothing. Both refusals are an
/// <see cref="ApiConfigurationException"/>, which the host turns into a clean non-zero exit.
/// </summary>
internal sealed partial class ApiExposureGuard(
    IOptions<GrainFlowApiOptions> options,
    IServer server,
    ILogger<ApiExposureGuard> logger) : IHostedLifecycleService
{
    private bool Unkeyed => options.Value.Keys.Count == 0;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var problems = options.Value.Validate();
        if (problems.Count > 0)
        {
            throw new ApiConfigurationException("GrainFlow API configuration is invalid: " + string.Join(" ", problems));
        }

        if (Unkeyed)
        {
            LogLoopbackOnly(logger);
        }

        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(address => !IsLoopback(address)).ToList();
        if (Unkeyed && exposed.Count > 0)
        {
            throw new ApiConfigurationException(
                $"The GrainFlow API has no API keys configured but listens on the non-loopback address(es) {string.Join(", ", exposed)}. " +
                "Configure GrainFlow:Api:Keys, or bind to 127.0.0.1 only.");
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static bool IsLoopback(string address)
    {
        var host = BindingAddress.Parse(address).Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "GrainFlow API: no API keys configured (GrainFlow:Api:Keys); serving loopback clients only")]
    private static partial void LogLoopbackOnly(ILogger logger);
}
