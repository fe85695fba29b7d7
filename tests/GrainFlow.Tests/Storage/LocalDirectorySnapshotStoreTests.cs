using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

/// <summary>The snapshot store contract against LocalDirectory storage in a real silo, plus what only files show.</summary>
public sealed class LocalDirectorySnapshotStoreTests : SnapshotStoreContract, IClassFixture<LocalDirectoryBackendFixture>
{
    /// <summary>The backend, for its file paths.</summary>
    private readonly LocalDirectoryBackendFixture files;

    public LocalDirectorySnapshotStoreTests(LocalDirectoryBackendFixture backend)
        : base(backend)
    {
        files = backend;
    }

    [Fact]
    public async Task A_write_leaves_exactly_the_enveloped_object_file_and_no_temp_file()
    {
        var job = JobId.New();
        var payload = new byte[] { 9, 8, 7 };

        var handle = await files.Store.WriteAsync(SnapshotTarget.ForCheckpoint(job, new CheckpointId(1)),
            new SubtaskId(job, new OperatorUid("src"), new SubtaskIndex(0)), SnapshotHandleKind.Operator, KeyGroupRange.Empty, payload);
        var path = files.PathOf(handle.Location);

        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.Equal(SnapshotEnvelope.Encode(job, new CheckpointId(1), payload), await File.ReadAllBytesAsync(path));
    }
}
