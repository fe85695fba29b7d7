using Xunit;
namespace GrainFlow.Tests.Storage;

/// <summary>The snapshot store contract against AzureBlob storage in a real silo.</summary>
public sealed class AzureBlobSnapshotStoreTests : SnapshotStoreContract, IClassFixture<AzureBlobBackendFixture>
{
    public AzureBlobSnapshotStoreTests(AzureBlobBackendFixture backend)
        : base(backend)
    {
    }
}
