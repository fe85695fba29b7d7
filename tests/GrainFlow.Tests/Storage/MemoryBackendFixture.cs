using Xunit;
using GrainFlow.Storage;

namespace GrainFlow.Tests.Storage;

/// <summary>Memory mode; it has no medium outside the silo, so raw access goes through the store's own raw write.</summary>
public sealed class MemoryBackendFixture : StorageBackendFixture
{
    protected override void Configure(GrainFlowStorageOptions options) => options.Mode = GrainFlowStorageMode.Memory;

    public override async Task<byte[]> ReadRawAsync(string location) =>
        await Store.ReadRawAsync(location) ?? throw new InvalidOperationException($"Nothing is stored at '{location}'.");

    public override Task WriteRawAsync(string location, byte[] bytes) => Store.ReplaceRawAsync(location, bytes);
}
