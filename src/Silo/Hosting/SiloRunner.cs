using GrainFlow.Api.Security;
using Microsoft.Extensions.Options;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Builds and runs the host, and turns a configuration the silo refuses (a failed options validation, an API without keys on a
/// non-loopback address) into one line on standard error and exit code 78 (<c>EX_CONFIG</c>), rather than an
/// unhandled exception that aborts the process with a stack trace: a container orchestrator then reports the cause
/// and a script can tell a bad configuration from a crash.
/// </summary>
public static class SiloRunner
{
    /// <summary>The exit code of a configuration the silo refuses, as <c>sysexits.h</c> names it.</summary>
    public const int ConfigurationError = 78;

    /// <param name="build">Builds the application; configuration is validated both here and when the host starts.</param>
    public static async Task<int> RunAsync(Func<WebApplication> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            await using var app = build();
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is ApiConfigurationException or OptionsValidationException or OrleansConfigurationException)
        {
            await Console.Error.WriteLineAsync($"GrainFlow cannot start: {e.Message}");
            return ConfigurationError;
        }
    }
}
