namespace GrainFlow.Tests.Storage;

/// <summary>Local-directory mode with <c>FlushToDisk</c> off: files are still written atomically, only not fsynced.</summary>
public sealed class UnflushedLocalDirectoryBackendFixture : LocalDirectoryBackendFixture
{
    protected override bool FlushToDisk => false;
}
