using GrainFlow.Checkpointing;
using GrainFlow.Model;

namespace GrainFlow.Storage;

/// <summary>
/// The one place every storage name is built. Checkpoint objects live under <c>jobs/{jobId}/chk-{id}/</c>, so
/// retention can drop a whole checkpoint; savepoint objects live under <c>savepoints/{savepointId}/</c>, so a
/// savepoint is self-contained and never touched by checkpoint retention; small records live under
/// <c>records/</c>. Every caller-chosen part is escaped (see <see cref="StorageNameSegment"/>), so names are legal for
/// files and blobs, and reserved names (<c>_metadata</c>) cannot collide with an operator uid.
/// </summary>
public static class StorageNames
{
    /// <summary>The name of the metadata object of a checkpoint or savepoint: written last, the commit point.</summary>
    public const string MetadataName = "_metadata";

    public static string CheckpointObject(JobId job, CheckpointId checkpoint, OperatorUid uid, SubtaskIndex index, SnapshotHandleKind kind) =>
        $"{CheckpointPrefix(job, checkpoint)}/{Segment(uid.Value)}/{ObjectFile(index, kind)}";

    public static string CheckpointMetadata(JobId job, CheckpointId checkpoint) =>
        $"{CheckpointPrefix(job, checkpoint)}/{MetadataName}";

    public static string SavepointObject(SavepointId savepoint, OperatorUid uid, SubtaskIndex index, SnapshotHandleKind kind) =>
        $"{SavepointPrefix(savepoint)}/{Segment(uid.Value)}/{ObjectFile(index, kind)}";

    public static string SavepointMetadata(SavepointId savepoint) => $"{SavepointPrefix(savepoint)}/{MetadataName}";

    /// <summary>The object a subtask writes for <paramref name="target"/>: under savepoints/ when it has a savepoint id.</summary>
    public static string SnapshotObject(SnapshotTarget target, SubtaskId subtask, SnapshotHandleKind kind) =>
        target.Savepoint is { } savepoint
            ? SavepointObject(savepoint, subtask.Operator, subtask.Index, kind)
            : CheckpointObject(target.Job, target.Checkpoint, subtask.Operator, subtask.Index, kind);

    /// <summary>The metadata object of <paramref name="target"/>.</summary>
    public static string SnapshotMetadata(SnapshotTarget target) =>
        target.Savepoint is { } savepoint ? SavepointMetadata(savepoint) : CheckpointMetadata(target.Job, target.Checkpoint);

    /// <summary>
    /// A small record such as the job registry or a coordinator's state; <paramref name="name"/> may group with
    /// <c>/</c> (e.g. <c>coordinators/{jobId}</c>), and each part is escaped.
    /// </summary>
    public static string Record(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return "records/" + string.Join('/', name.Split('/').Select(StorageNameSegment.Escape));
    }

    private static string CheckpointPrefix(JobId job, CheckpointId checkpoint) =>
        $"jobs/{Segment(job.Value)}/chk-{checkpoint}";

    private static string SavepointPrefix(SavepointId savepoint) => $"savepoints/{Segment(savepoint.Value)}";

    private static string ObjectFile(SubtaskIndex index, SnapshotHandleKind kind) =>
        kind switch
        {
            SnapshotHandleKind.Keyed => $"{index}.keyed",
            SnapshotHandleKind.Operator => $"{index}.operator",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown snapshot handle kind."),
        };

    private static string Segment(string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return StorageNameSegment.Escape(value);
    }
}
