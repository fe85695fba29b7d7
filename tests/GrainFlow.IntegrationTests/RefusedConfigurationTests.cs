using System.Diagnostics;
using GrainFlow.IntegrationTests.Processes;
using Xunit;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// A silo given a configuration it refuses ends at once with exit code 78 (EX_CONFIG) and one line naming the
/// setting, not with an unhandled exception (SIGABRT, 134) that an orchestrator would restart as a crash.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class RefusedConfigurationTests : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Directory.CreateTempSubdirectory("grainflow-refused-").FullName;

    [Fact]
    public async Task Equal_silo_and_gateway_ports_stop_the_silo_with_exit_code_78_naming_the_setting()
    {
        var port = FreePorts.Next();

        var (exitCode, error) = await RunSiloAsync($"--GrainFlow:Clustering:SiloPort={port}", $"--GrainFlow:Clustering:GatewayPort={port}");

        Assert.Equal(78, exitCode);
        Assert.Equal($"GrainFlow cannot start: GrainFlow:Clustering:GatewayPort must differ from SiloPort ({port}).", error.Trim());
    }

    [Fact]
    public async Task An_api_without_keys_on_every_interface_stops_the_silo_with_exit_code_78_naming_the_keys_setting()
    {
        var (exitCode, error) = await RunSiloAsync($"--urls=http://0.0.0.0:{FreePorts.Next()}",
            $"--GrainFlow:Clustering:SiloPort={FreePorts.Next()}", $"--GrainFlow:Clustering:GatewayPort={FreePorts.Next()}");

        Assert.Equal(78, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("GrainFlow cannot start: The GrainFlow API has no API keys configured", line);
        Assert.Contains("GrainFlow:Api:Keys", line);
    }

    [Fact]
    public async Task A_flush_setting_that_is_not_a_boolean_stops_the_silo_with_exit_code_78_naming_the_key()
    {
        var (exitCode, error) = await RunSiloAsync("--GrainFlow:Storage:FlushToDisk=maybe",
            $"--GrainFlow:Clustering:SiloPort={FreePorts.Next()}", $"--GrainFlow:Clustering:GatewayPort={FreePorts.Next()}");

        Assert.Equal(78, exitCode);
        Assert.Equal("GrainFlow cannot start: GrainFlow:Storage:FlushToDisk must be true or false, not 'maybe'.", error.Trim());
    }

    [Theory]
    [InlineData("Tape")]
    [InlineData("7")]
    public async Task An_unknown_storage_mode_stops_the_silo_with_exit_code_78_listing_the_modes(string mode)
    {
        var (exitCode, error) = await RunSiloAsync($"--GrainFlow:Storage:Mode={mode}",
            $"--GrainFlow:Clustering:SiloPort={FreePorts.Next()}", $"--GrainFlow:Clustering:GatewayPort={FreePorts.Next()}");

        Assert.Equal(78, exitCode);
        Assert.Equal($"GrainFlow cannot start: GrainFlow:Storage:Mode must be one of LocalDirectory, AzureBlob, Memory, not '{mode}'.", error.Trim());
    }

    [Fact]
    public async Task A_port_that_is_not_a_number_stops_the_silo_with_exit_code_78_naming_the_key()
    {
        var (exitCode, error) = await RunSiloAsync("--GrainFlow:Clustering:SiloPort=abc", $"--GrainFlow:Clustering:GatewayPort={FreePorts.Next()}");

        Assert.Equal(78, exitCode);
        Assert.Equal("GrainFlow cannot start: Failed to convert configuration value 'abc' at 'GrainFlow:Clustering:SiloPort' to type 'System.Int32'.", error.Trim());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<(int ExitCode, string Error)> RunSiloAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(TestPaths.SiloDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The silo did not exit within {ExitTimeout}; it should refuse its configuration at start.");
        }

        await output;
        return (process.ExitCode, await error);
    }
}
