using Xunit;
namespace GrainFlow.Tests.Storage;

/// <summary>The snapshot store contract against LocalDirectory storage in a real silo.</summary>
public sealed class LocalDirectorySnapshotStoreTests : SnapshotStoreContract, IClassFixture<LocalDirectoryBackendFixture>
{
    public LocalDirectorySnapshotStoreTests(LocalDirectoryBackendFixture backend)
        : base(backend)
    {
    }
}
