using Xunit;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace GrainFlow.Tests.Storage;

/// <summary>
/// A one-silo in-process cluster with GrainFlow storage in one mode, plus raw access to that mode's medium so the
/// contract tests can damage stored objects the way the world would (a truncated file, a flipped bit in a blob).
/// </summary>
public abstract class StorageBackendFixture : IAsyncLifetime
{
    /// <summary>The cluster the store lives in; started once per test class.</summary>
    private InProcessTestCluster? cluster;

    public GrainStorageSnapshotStore Store =>
        Services.GetRequiredService<GrainStorageSnapshotStore>();

    public IServiceProvider Services => (cluster ?? throw new InvalidOperationException("The cluster is not started.")).Silos[0].ServiceProvider;

    /// <summary>Chooses the storage mode and its settings.</summary>
    protected abstract void Configure(GrainFlowStorageOptions options);

    /// <summary>The stored bytes of <paramref name="location"/>, read from the medium itself.</summary>
    public abstract Task<byte[]> ReadRawAsync(string location);

    /// <summary>Overwrites <paramref name="location"/> on the medium itself, bypassing every check.</summary>
    public abstract Task WriteRawAsync(string location, byte[] bytes);

    public virtual async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddGrainFlowStorage(Configure));
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
