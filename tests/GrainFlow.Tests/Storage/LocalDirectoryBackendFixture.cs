using Xunit;
using GrainFlow.Storage;

namespace GrainFlow.Tests.Storage;

/// <summary>Local-directory mode in a fresh temp data directory; the raw medium is the object's file.</summary>
public class LocalDirectoryBackendFixture : StorageBackendFixture
{
    /// <summary>This run's data directory, deleted afterwards.</summary>
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "grainflow-storage-" + Guid.NewGuid().ToString("n"));

    protected override void Configure(GrainFlowStorageOptions options)
    {
        options.Mode = GrainFlowStorageMode.LocalDirectory;
        options.DataDirectory = dataDirectory;
        options.FlushToDisk = FlushToDisk;
    }

    /// <summary>Whether the storage flushes each file to disk (the default) before it counts.</summary>
    protected virtual bool FlushToDisk => true;

    public string PathOf(string location) =>
        new LocalDirectoryLayout(Path.Combine(dataDirectory, GrainFlowStorageOptions.StorageFolder))
            .PathOf(GrainFlowStorage.StateName, GrainId.Create(GrainFlowStorage.GrainType, location));

    public override Task<byte[]> ReadRawAsync(string location) => File.ReadAllBytesAsync(PathOf(location));

    public override Task WriteRawAsync(string location, byte[] bytes) => File.WriteAllBytesAsync(PathOf(location), bytes);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
