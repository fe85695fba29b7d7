using Xunit;

namespace GrainFlow.Tests.Storage;

/// <summary>
/// The snapshot store contract against LocalDirectory storage that does not flush to disk: skipping the fsync trades
/// only survival of the machine's crash, so every guarantee the contract checks (atomic writes, ETags, fencing,
/// corruption detected on read) must hold exactly as with the default.
/// </summary>
public sealed class UnflushedLocalDirectorySnapshotStoreTests(UnflushedLocalDirectoryBackendFixture backend)
    : SnapshotStoreContract(backend), IClassFixture<UnflushedLocalDirectoryBackendFixture>;
