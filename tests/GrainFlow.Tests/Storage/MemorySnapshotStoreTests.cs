using Xunit;
namespace GrainFlow.Tests.Storage;

/// <summary>The snapshot store contract against Memory storage in a real silo.</summary>
public sealed class MemorySnapshotStoreTests : SnapshotStoreContract, IClassFixture<MemoryBackendFixture>
{
    public MemorySnapshotStoreTests(MemoryBackendFixture backend)
        : base(backend)
    {
    }
}
