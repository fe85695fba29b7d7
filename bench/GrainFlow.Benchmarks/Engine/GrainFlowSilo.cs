using GrainFlow.Benchmarks.Harness;
using GrainFlow.Jobs;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// One silo in the benchmark's process: localhost clustering on free loopback ports, the GrainFlow engine with the
/// benchmark operators registered through the operator registry, and the chosen snapshot storage (a local
/// directory, flushed to disk or not, or Azure Blob on Azurite). The substrate baseline's plain grains live in the
/// same silo.
/// </summary>
public sealed class GrainFlowSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private GrainFlowSilo(IHost host, string dataDirectory, string storage)
    {
        _host = host;
        DataDirectory = dataDirectory;
        Storage = storage;
    }

    public string DataDirectory { get; }

    /// <summary>"local", "local-nofsync" or "azureBlob": where this silo's snapshots go.</summary>
    public string Storage { get; }

    public IJobService Jobs => _host.Services.GetRequiredService<IJobService>();

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts a silo on <paramref name="dataDirectory"/> with the engine's default storage (local directory, each file
    /// flushed to disk), on Azure Blob when <paramref name="azureConnectionString"/> is given, or on a local directory
    /// that is not flushed when <paramref name="flushToDisk"/> is false.
    /// </summary>
    public static async Task<GrainFlowSilo> StartAsync(string dataDirectory, string? azureConnectionString = null, bool flushToDisk = true)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders()
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Orleans.Runtime.Silo", LogLevel.Error))
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "grainflow-bench", clusterId: "bench");
                silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = TimeSpan.FromSeconds(30));
                silo.UseInMemoryReminderService();
                silo.AddGrainFlow(
                    options => options.DataDirectory = dataDirectory,
                    storage =>
                    {
                        if (azureConnectionString is not null)
                        {
                            storage.Mode = GrainFlowStorageMode.AzureBlob;
                            storage.AzureConnectionString = azureConnectionString;
                            storage.ContainerName = "bench-" + Guid.NewGuid().ToString("n")[..8];
                        }

                        storage.FlushToDisk = flushToDisk;
                    },
                    operators => operators
                        .AddSink(CountingSink.TypeName, _ => new CountingSink())
                        .AddSource(StampedSource.TypeName, _ => new StampedSource())
                        .AddKeyedProcessFunction(StampedKeyedSum.TypeName, _ => new StampedKeyedSum()));
                DataPlaneKnobs.Apply(silo.Services);
            })
            .Build();
        await host.StartAsync();
        return new GrainFlowSilo(host, dataDirectory, azureConnectionString is not null ? "azureBlob" : flushToDisk ? "local" : "local-nofsync");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(20));
        _host.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
