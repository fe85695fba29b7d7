using GrainFlow.Model;

namespace GrainFlow.Storage;

/// <summary>
/// What a snapshot is being written for: the job, the checkpoint id its barrier carried, the kind of checkpoint,
/// and for savepoints the savepoint id. A savepoint's objects go under <c>savepoints/</c>, so they are self-contained
/// and never touched by checkpoint retention; the envelope still binds them to the job and checkpoint id.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SnapshotTarget(
    [property: Id(0)] JobId Job,
    [property: Id(1)] CheckpointId Checkpoint,
    [property: Id(2)] CheckpointKind Kind,
    [property: Id(3)] SavepointId? Savepoint)
{
    public static SnapshotTarget ForCheckpoint(JobId job, CheckpointId checkpoint, CheckpointKind kind = CheckpointKind.Checkpoint) =>
        new(job, checkpoint, kind, null);

    public static SnapshotTarget ForSavepoint(JobId job, CheckpointId checkpoint, SavepointId savepoint, CheckpointKind kind = CheckpointKind.Savepoint) =>
        new(job, checkpoint, kind, savepoint);
}
