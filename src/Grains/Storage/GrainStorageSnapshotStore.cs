using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.State.Serialization;
using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// The one implementation of GrainFlow's storage roles, over the keyed Orleans <see cref="IGrainStorage"/> provider
/// <see cref="GrainFlowStorage.ProviderName"/>. Every object is a <see cref="StoredObject"/> holding an envelope,
/// stored as state <see cref="GrainFlowStorage.StateName"/> of a synthetic grain id named after the object; the
/// providers' ETag rules (a null ETag means "must not exist", a stale ETag throws
/// <see cref="InconsistentStateException"/>) give write-once snapshots, create-if-absent metadata and fenced records.
/// </summary>
public sealed class GrainStorageSnapshotStore : ISnapshotStore, ICheckpointMetadataStore, IStateRecordStore
{
    /// <summary>How often a delete re-reads the ETag when a concurrent writer changed it in between.</summary>
    private const int DeleteAttempts = 3;

    /// <summary>The provider every object goes through; which backend it is does not matter here.</summary>
    private readonly IGrainStorage storage;

    public GrainStorageSnapshotStore(IGrainStorage storage)
    {
        this.storage = storage;
    }

    public async Task<SnapshotHandle> WriteAsync(
        SnapshotTarget target,
        SubtaskId subtask,
        SnapshotHandleKind kind,
        KeyGroupRange groups,
        ReadOnlyMemory<byte> payload,
        CancellationToken cancellationToken = default)
    {
        var location = StorageNames.SnapshotObject(target, subtask, kind);
        cancellationToken.ThrowIfCancellationRequested();

        // A checkpoint writes megabytes per subtask every interval: the envelope goes into a pooled buffer, not a
        // fresh large-object array, and the buffer goes back once the provider has written it.
        var length = SnapshotEnvelope.Length(target.Job, payload.Length);
        var buffer = SnapshotBuffers.Pool.Rent(length);
        try
        {
            var checksum = SnapshotEnvelope.EncodeInto(buffer, target.Job, target.Checkpoint, payload.Span);
            string? etag;
            try
            {
                etag = await CreateAsync(location, new StoredObject(buffer.AsMemory(0, length)));
            }
            catch (InconsistentStateException exception)
            {
                throw new SnapshotAlreadyExistsException(location, exception);
            }

            var covered = kind == SnapshotHandleKind.Keyed ? groups : KeyGroupRange.Empty;
            return new SnapshotHandle(location, length, checksum, covered, kind, etag, target.Checkpoint);
        }
        finally
        {
            SnapshotBuffers.Pool.Return(buffer);
        }
    }

    public async Task<ReadOnlyMemory<byte>> ReadAsync(
        SnapshotHandle handle,
        JobId originJob,
        CheckpointId originCheckpoint,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stored = await LoadAsync(handle.Location) ?? throw new SnapshotNotFoundException(handle.Location);
        var payload = SnapshotEnvelope.Decode(stored.Bytes, originJob, handle.WrittenAt ?? originCheckpoint, handle.Location);
        var checksum = SnapshotEnvelope.Checksum(payload.Span);
        if (checksum != handle.Checksum)
        {
            throw new SnapshotCorruptedException(handle.Location, SnapshotCorruption.ChecksumMismatch,
                $"the payload's CRC-32 is {checksum:x8}, the handle recorded {handle.Checksum:x8}.");
        }

        return payload;
    }

    /// <summary>
    /// Deletes on the ETag the handle's write got. Reading a snapshot to learn its ETag first made every discard (at a
    /// 100 ms interval, every interval) read megabytes back into large-object garbage; only when that ETag is stale
    /// or the object is gone is it looked up.
    /// </summary>
    public async Task DeleteAsync(SnapshotHandle handle, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (handle.ETag is { } etag)
        {
            try
            {
                await storage.ClearStateAsync(GrainFlowStorage.StateName, IdOf(handle.Location), new GrainState<StoredObject>(new StoredObject(), etag));
                return;
            }
            catch (InconsistentStateException)
            {
            }
        }

        await DeleteIfPresentAsync(handle.Location, cancellationToken);
    }

    public async Task<MetadataCreation> TryCreateAsync(string name, ReadOnlyMemory<byte> metadata, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await CreateAsync(name, new StoredObject(SnapshotEnvelope.Encode(NameOwner(name), CheckpointId.None, metadata.Span)));
            return MetadataCreation.Created;
        }
        catch (InconsistentStateException)
        {
            return MetadataCreation.AlreadyExists;
        }
    }

    async Task<ReadOnlyMemory<byte>?> ICheckpointMetadataStore.ReadAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stored = await LoadAsync(name);
        if (stored is null)
        {
            return null;
        }

        return SnapshotEnvelope.Decode(stored.Bytes, NameOwner(name), CheckpointId.None, name);
    }

    Task ICheckpointMetadataStore.DeleteAsync(string name, CancellationToken cancellationToken) =>
        DeleteIfPresentAsync(name, cancellationToken);

    async Task<StateRecord?> IStateRecordStore.ReadAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var state = await LoadStateAsync(name);
        if (Present(state) is not { } stored)
        {
            return null;
        }

        return new StateRecord(SnapshotEnvelope.Decode(stored.Bytes, NameOwner(name), CheckpointId.None, name), state.ETag!);
    }

    public async Task<string> WriteAsync(string name, ReadOnlyMemory<byte> bytes, string? expectedETag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var state = new GrainState<StoredObject>(new StoredObject(SnapshotEnvelope.Encode(NameOwner(name), CheckpointId.None, bytes.Span)), expectedETag);
        try
        {
            await storage.WriteStateAsync(GrainFlowStorage.StateName, IdOf(name), state);
        }
        catch (InconsistentStateException exception)
        {
            throw new StateRecordConflictException(name, expectedETag, exception);
        }

        return state.ETag!;
    }

    public async Task DeleteAsync(string name, string expectedETag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await storage.ClearStateAsync(GrainFlowStorage.StateName, IdOf(name), new GrainState<StoredObject>(new StoredObject(), expectedETag));
        }
        catch (InconsistentStateException exception)
        {
            if (Present(await LoadStateAsync(name)) is not null)
            {
                throw new StateRecordConflictException(name, expectedETag, exception);
            }
        }
    }

    /// <summary>The stored bytes as they are, unverified; for tests that inspect or damage the medium.</summary>
    internal async Task<byte[]?> ReadRawAsync(string name) => (await LoadAsync(name))?.Bytes;

    /// <summary>Replaces (or creates) the stored bytes without an envelope; for tests that plant corrupt objects.</summary>
    internal async Task ReplaceRawAsync(string name, byte[] bytes)
    {
        var current = await LoadStateAsync(name);
        await storage.WriteStateAsync(GrainFlowStorage.StateName, IdOf(name), new GrainState<StoredObject>(new StoredObject(bytes), current.ETag));
    }

    /// <summary>Writes a new object (refused if one exists) and returns the ETag it got.</summary>
    private async Task<string?> CreateAsync(string name, StoredObject envelope)
    {
        var state = new GrainState<StoredObject>(envelope, null);
        await storage.WriteStateAsync(GrainFlowStorage.StateName, IdOf(name), state);
        return state.ETag;
    }

    private async Task<StoredObject?> LoadAsync(string name) => Present(await LoadStateAsync(name));

    private async Task<GrainState<StoredObject>> LoadStateAsync(string name)
    {
        var state = new GrainState<StoredObject>();
        await storage.ReadStateAsync(GrainFlowStorage.StateName, IdOf(name), state);
        return state;
    }

    /// <summary>
    /// The object if one is stored. A provider reports a zero-length object as absent but with an ETag; that is an
    /// existing, empty (hence corrupt) object, never a missing one.
    /// </summary>
    private static StoredObject? Present(GrainState<StoredObject> state) =>
        state.RecordExists && state.State is { } stored ? stored
        : state.ETag is not null ? new StoredObject()
        : null;

    private async Task DeleteIfPresentAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = await LoadStateAsync(name);
            if (state.ETag is null)
            {
                return;
            }

            try
            {
                await storage.ClearStateAsync(GrainFlowStorage.StateName, IdOf(name), state);
                return;
            }
            catch (InconsistentStateException) when (attempt < DeleteAttempts)
            {
            }
        }
    }

    private static GrainId IdOf(string name) => GrainId.Create(GrainFlowStorage.GrainType, name);

    /// <summary>Metadata and records are bound to their own name, so one copied under another name is refused.</summary>
    private static JobId NameOwner(string name) => new(name);
}
