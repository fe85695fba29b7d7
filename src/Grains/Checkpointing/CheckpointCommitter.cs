using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace GrainFlow.Checkpointing;

/// <summary>
/// The coordinator's storage edge: commits a fully acknowledged checkpoint by writing its metadata last
/// (create-if-absent, so a second writer can never replace a committed checkpoint), reads metadata back for restore,
/// and discards what retention or an abort leaves behind. Savepoint objects are never discarded here.
/// </summary>
public sealed class CheckpointCommitter(
    ICheckpointMetadataStore metadata, ISnapshotStore snapshots, Serializer serializer, TimeProvider time, ILogger<CheckpointCommitter> logger)
{
    /// <summary>
    /// Writes the metadata, the commit point of a checkpoint, by <paramref name="deadline"/> (the checkpoint's timeout,
    /// <see cref="StorageDeadline"/>). Anything but <see cref="MetadataCreation.Created"/> aborts the checkpoint:
    /// <see cref="MetadataCreation.AlreadyExists"/> when a checkpoint of that id is already committed (a zombie attempt
    /// got there first), and null when storage failed or was too slow, in which case the write may still land, so the
    /// files it names must stay.
    /// </summary>
    public async Task<MetadataCreation?> TryCommitAsync(
        JobId job, JobSpec spec, string specHash, SavepointId? savepoint, CompletedCheckpoint checkpoint, DateTimeOffset deadline)
    {
        var record = new CheckpointMetadata(job, savepoint, specHash, spec, checkpoint);
        var bytes = serializer.SerializeToArray(record);
        try
        {
            var name = MetadataName(job, checkpoint.Id, checkpoint.Kind, savepoint);
            return await metadata.TryCreateAsync(name, bytes).WithinAsync(deadline, time);
        }
        catch (Exception e)
        {
            logger.LogMetadataWriteFailed(e, job, checkpoint.Id);
            return null;
        }
    }

    public async Task<CheckpointMetadata?> ReadSavepointAsync(SavepointId savepoint)
    {
        var bytes = await metadata.ReadAsync(StorageNames.SavepointMetadata(savepoint));
        return bytes is { } b ? serializer.Deserialize<CheckpointMetadata>(b) : null;
    }

    /// <summary>
    /// Deletes a subsumed checkpoint: metadata first, so a half-deleted checkpoint is never taken for complete, then
    /// <paramref name="objects"/>, those of its objects no kept checkpoint lists (<see cref="SharedStateRegistry"/>).
    /// </summary>
    public async Task DiscardAsync(JobId job, CompletedCheckpoint checkpoint, IReadOnlyList<SnapshotHandle> objects)
    {
        if (checkpoint.IsSavepoint)
        {
            return;
        }

        await metadata.DeleteAsync(MetadataName(job, checkpoint.Id, checkpoint.Kind, null));
        foreach (var handle in objects)
        {
            await snapshots.DeleteAsync(handle);
        }
    }

    /// <summary>Deletes a savepoint the user no longer wants: metadata first, then its objects.</summary>
    public async Task DeleteSavepointAsync(SavepointId savepoint, CompletedCheckpoint checkpoint)
    {
        await metadata.DeleteAsync(StorageNames.SavepointMetadata(savepoint));
        await DiscardHandlesAsync(checkpoint.Acknowledgements.Values);
    }

    /// <summary>
    /// Deletes what subtasks wrote for a checkpoint that was aborted before its metadata was committed (or for a
    /// savepoint): only the objects written for it, never those an incremental checkpoint shares from earlier ones.
    /// </summary>
    public async Task DiscardHandlesAsync(IEnumerable<SubtaskAcknowledgement> acknowledgements)
    {
        foreach (var handle in acknowledgements.SelectMany(a => a.Handles.Where(h => h.IsWrittenFor(a.CheckpointId))))
        {
            await snapshots.DeleteAsync(handle);
        }
    }

    private static string MetadataName(JobId job, CheckpointId id, CheckpointKind kind, SavepointId? savepoint) =>
        StorageNames.SnapshotMetadata(new SnapshotTarget(job, id, kind, savepoint));
}
