using Xunit;
using System.Text;
using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.Storage;

namespace GrainFlow.Tests.Storage;

/// <summary>
/// What every GrainFlow storage backend must do, written once and run against each (local directory, Azure blob,
/// memory) in a real silo. Each test uses a job id of its own, so tests share the class's cluster safely.
/// </summary>
public abstract class SnapshotStoreContract
{
    /// <summary>The backend under test: its silo's store and its raw medium.</summary>
    private readonly StorageBackendFixture backend;

    /// <summary>A job no other test uses.</summary>
    private readonly JobId job = JobId.New();

    protected SnapshotStoreContract(StorageBackendFixture backend)
    {
        this.backend = backend;
    }

    private ISnapshotStore Snapshots => backend.Store;

    private ICheckpointMetadataStore Metadata => backend.Store;

    private IStateRecordStore Records => backend.Store;

    private static readonly CheckpointId Checkpoint = new(7);

    private SubtaskId Subtask => new(job, new OperatorUid("sums"), new SubtaskIndex(2));

    private SnapshotTarget Target => SnapshotTarget.ForCheckpoint(job, Checkpoint);

    private static byte[] Payload(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31 + 7)).ToArray();

    private Task<SnapshotHandle> WriteKeyedAsync(byte[] payload) =>
        Snapshots.WriteAsync(Target, Subtask, SnapshotHandleKind.Keyed, new KeyGroupRange(32, 63), payload);

    [Fact]
    public async Task A_written_snapshot_reads_back_byte_for_byte()
    {
        var payload = Payload(1000);

        var handle = await WriteKeyedAsync(payload);
        var read = await Snapshots.ReadAsync(handle, job, Checkpoint);

        Assert.Equal(payload, read.ToArray());
        Assert.Equal($"jobs/{job}/chk-7/sums/2.keyed", handle.Location);
        Assert.Equal(new KeyGroupRange(32, 63), handle.KeyGroups);
        Assert.Equal(SnapshotHandleKind.Keyed, handle.Kind);
        Assert.Equal(SnapshotEnvelope.Checksum(payload), handle.Checksum);
        Assert.Equal((await backend.ReadRawAsync(handle.Location)).Length, handle.Bytes);
    }

    [Fact]
    public async Task A_savepoint_snapshot_is_stored_under_savepoints_and_reads_back()
    {
        var savepoint = SavepointId.New();
        var payload = Payload(64);

        var handle = await Snapshots.WriteAsync(SnapshotTarget.ForSavepoint(job, Checkpoint, savepoint), Subtask,
            SnapshotHandleKind.Operator, new KeyGroupRange(0, 127), payload);

        Assert.Equal($"savepoints/{savepoint}/sums/2.operator", handle.Location);
        Assert.Equal(KeyGroupRange.Empty, handle.KeyGroups);
        Assert.Equal(payload, (await Snapshots.ReadAsync(handle, job, Checkpoint)).ToArray());
    }

    [Fact]
    public async Task A_second_write_of_the_same_snapshot_is_refused_and_keeps_the_first()
    {
        var first = await WriteKeyedAsync(Payload(10));

        var refused = await Assert.ThrowsAsync<SnapshotAlreadyExistsException>(() => WriteKeyedAsync(Payload(20)));

        Assert.Equal(first.Location, refused.Location);
        Assert.Equal(Payload(10), (await Snapshots.ReadAsync(first, job, Checkpoint)).ToArray());
    }

    [Fact]
    public async Task Reading_a_never_written_snapshot_fails_as_not_found()
    {
        var handle = new SnapshotHandle(StorageNames.CheckpointObject(job, Checkpoint, new OperatorUid("ghost"), new SubtaskIndex(0), SnapshotHandleKind.Keyed),
            100, 0, new KeyGroupRange(0, 1), SnapshotHandleKind.Keyed);

        var missing = await Assert.ThrowsAsync<SnapshotNotFoundException>(() => Snapshots.ReadAsync(handle, job, Checkpoint));

        Assert.Equal(handle.Location, missing.Location);
    }

    [Fact]
    public async Task Reading_a_deleted_snapshot_fails_as_not_found_and_deleting_again_succeeds()
    {
        var handle = await WriteKeyedAsync(Payload(10));

        await Snapshots.DeleteAsync(handle);
        await Snapshots.DeleteAsync(handle);

        var missing = await Assert.ThrowsAsync<SnapshotNotFoundException>(() => Snapshots.ReadAsync(handle, job, Checkpoint));
        Assert.Equal(handle.Location, missing.Location);
    }

    [Fact]
    public async Task A_handle_carries_its_write_s_etag_and_a_handle_with_a_wrong_or_no_etag_still_deletes()
    {
        var tagged = await WriteKeyedAsync(Payload(10));
        var other = await Snapshots.WriteAsync(
            SnapshotTarget.ForCheckpoint(job, new CheckpointId(Checkpoint.Value + 1), CheckpointKind.Checkpoint),
            Subtask, SnapshotHandleKind.Keyed, new KeyGroupRange(0, 1), Payload(20));

        Assert.False(string.IsNullOrEmpty(tagged.ETag));
        await Snapshots.DeleteAsync(tagged with { ETag = "\"not-its-etag\"" });
        await Snapshots.DeleteAsync(other with { ETag = null });

        await Assert.ThrowsAsync<SnapshotNotFoundException>(() => Snapshots.ReadAsync(tagged, job, Checkpoint));
        await Assert.ThrowsAsync<SnapshotNotFoundException>(() => Snapshots.ReadAsync(other, job, new CheckpointId(Checkpoint.Value + 1)));
    }

    [Fact]
    public async Task Metadata_create_if_absent_returns_AlreadyExists_the_second_time_and_keeps_the_first_content()
    {
        var name = StorageNames.CheckpointMetadata(job, Checkpoint);

        var first = await Metadata.TryCreateAsync(name, Encoding.UTF8.GetBytes("first"));
        var second = await Metadata.TryCreateAsync(name, Encoding.UTF8.GetBytes("second"));

        Assert.Equal(MetadataCreation.Created, first);
        Assert.Equal(MetadataCreation.AlreadyExists, second);
        Assert.Equal("first", Encoding.UTF8.GetString((await Metadata.ReadAsync(name))!.Value.Span));
    }

    [Fact]
    public async Task Metadata_that_was_never_written_or_was_deleted_reads_as_null()
    {
        var name = StorageNames.CheckpointMetadata(job, Checkpoint);
        var never = await Metadata.ReadAsync(name);

        await Metadata.TryCreateAsync(name, Encoding.UTF8.GetBytes("committed"));
        await Metadata.DeleteAsync(name);

        Assert.Null(never);
        Assert.Null(await Metadata.ReadAsync(name));
        Assert.Equal(MetadataCreation.Created, await Metadata.TryCreateAsync(name, Encoding.UTF8.GetBytes("again")));
    }

    [Fact]
    public async Task A_record_write_with_a_stale_etag_is_a_conflict_and_changes_nothing()
    {
        var name = StorageNames.Record($"coordinators/{job}");
        var created = await Records.WriteAsync(name, Encoding.UTF8.GetBytes("v1"), expectedETag: null);
        var updated = await Records.WriteAsync(name, Encoding.UTF8.GetBytes("v2"), created);

        var stale = await Assert.ThrowsAsync<StateRecordConflictException>(() => Records.WriteAsync(name, Encoding.UTF8.GetBytes("v3"), created));
        var recreate = await Assert.ThrowsAsync<StateRecordConflictException>(() => Records.WriteAsync(name, Encoding.UTF8.GetBytes("v4"), null));
        var record = await Records.ReadAsync(name);

        Assert.NotEqual(created, updated);
        Assert.Equal(created, stale.ExpectedETag);
        Assert.Null(recreate.ExpectedETag);
        Assert.Equal("v2", Encoding.UTF8.GetString(record!.Bytes.Span));
        Assert.Equal(updated, record.ETag);
    }

    [Fact]
    public async Task A_record_delete_needs_the_current_etag()
    {
        var name = StorageNames.Record($"registry/{job}");
        var created = await Records.WriteAsync(name, Encoding.UTF8.GetBytes("v1"), expectedETag: null);
        var updated = await Records.WriteAsync(name, Encoding.UTF8.GetBytes("v2"), created);

        await Assert.ThrowsAsync<StateRecordConflictException>(() => Records.DeleteAsync(name, created));
        await Records.DeleteAsync(name, updated);

        Assert.Null(await Records.ReadAsync(name));
    }

    [Theory]
    [InlineData(SnapshotCorruption.Truncated)]
    [InlineData(SnapshotCorruption.Empty)]
    [InlineData(SnapshotCorruption.ChecksumMismatch)]
    [InlineData(SnapshotCorruption.ForeignJob)]
    [InlineData(SnapshotCorruption.WrongCheckpoint)]
    public async Task A_damaged_snapshot_is_refused_with_its_reason_and_location(SnapshotCorruption damage)
    {
        var payload = Payload(4096);
        var handle = await WriteKeyedAsync(payload);
        var stored = await backend.ReadRawAsync(handle.Location);

        await backend.WriteRawAsync(handle.Location, Damage(stored, payload, damage));
        var refused = await Assert.ThrowsAsync<SnapshotCorruptedException>(() => Snapshots.ReadAsync(handle, job, Checkpoint));

        Assert.Equal(damage, refused.Reason);
        Assert.Equal(handle.Location, refused.Location);
        Assert.Contains(handle.Location, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_metadata_is_refused_rather_than_read_as_absent()
    {
        var name = StorageNames.CheckpointMetadata(job, Checkpoint);
        await Metadata.TryCreateAsync(name, Payload(256));
        var stored = await backend.ReadRawAsync(name);
        stored[^1] ^= 0x01;

        await backend.WriteRawAsync(name, stored);
        var refused = await Assert.ThrowsAsync<SnapshotCorruptedException>(() => Metadata.ReadAsync(name));

        Assert.Equal(SnapshotCorruption.ChecksumMismatch, refused.Reason);
    }

    [Fact]
    public async Task An_eight_mebibyte_snapshot_round_trips()
    {
        var payload = Payload(8 * 1024 * 1024);

        var handle = await WriteKeyedAsync(payload);
        var read = await Snapshots.ReadAsync(handle, job, Checkpoint);

        Assert.True(payload.AsSpan().SequenceEqual(read.Span));
        Assert.Equal(payload.Length, read.Length);
    }

    private byte[] Damage(byte[] stored, byte[] payload, SnapshotCorruption damage) =>
        damage switch
        {
            SnapshotCorruption.Truncated => stored[..^100],
            SnapshotCorruption.Empty => [],
            SnapshotCorruption.ChecksumMismatch => FlipBit(stored, stored.Length - 1000),
            SnapshotCorruption.ForeignJob => SnapshotEnvelope.Encode(JobId.New(), Checkpoint, payload),
            SnapshotCorruption.WrongCheckpoint => SnapshotEnvelope.Encode(job, Checkpoint.Next(), payload),
            _ => throw new ArgumentOutOfRangeException(nameof(damage), damage, "No such damage is simulated."),
        };

    private static byte[] FlipBit(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x10;
        return copy;
    }
}
