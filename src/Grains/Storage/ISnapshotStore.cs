using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.State;

namespace GrainFlow.Storage;

/// <summary>
/// Where subtasks put their state snapshots. Guarantees: a completed <see cref="WriteAsync"/> is durable and
/// readable by any silo (read-after-write); objects are write-once (a second write to the same name throws
/// <see cref="SnapshotAlreadyExistsException"/>); every object is enveloped and bound to its job and checkpoint, so
/// <see cref="ReadAsync"/> returns only bytes that verify, and otherwise throws
/// <see cref="SnapshotNotFoundException"/> or <see cref="SnapshotCorruptedException"/>; never empty state.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>Writes one subtask's snapshot object for <paramref name="target"/> and returns its handle.</summary>
    Task<SnapshotHandle> WriteAsync(
        SnapshotTarget target,
        SubtaskId subtask,
        SnapshotHandleKind kind,
        KeyGroupRange groups,
        ReadOnlyMemory<byte> payload,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads and verifies the object behind <paramref name="handle"/>: it must carry the origin job (that of the
    /// checkpoint or savepoint being restored), the checkpoint that wrote it (<see cref="SnapshotHandle.WrittenAt"/>,
    /// which an incremental checkpoint's shared objects name; else <paramref name="originCheckpoint"/>) and the
    /// checksum the handle recorded.
    /// </summary>
    Task<ReadOnlyMemory<byte>> ReadAsync(
        SnapshotHandle handle,
        JobId originJob,
        CheckpointId originCheckpoint,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes the object; deleting an absent object succeeds, so retention may retry.</summary>
    Task DeleteAsync(SnapshotHandle handle, CancellationToken cancellationToken = default);
}
