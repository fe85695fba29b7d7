using GrainFlow.Model;

namespace GrainFlow.Checkpointing;

/// <summary>
/// A subtask's report that its part of a checkpoint is durable: the handles of what it wrote and how long each
/// phase took (the figures the REST API shows per subtask, as Flink's checkpoint statistics do).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SubtaskAcknowledgement(
    [property: Id(0)] SubtaskId Subtask,
    [property: Id(1)] Attempt Attempt,
    [property: Id(2)] CheckpointId CheckpointId,
    [property: Id(3)] IReadOnlyList<SnapshotHandle> Handles,
    [property: Id(4)] long SyncDurationMs,
    [property: Id(5)] long AsyncDurationMs,
    [property: Id(6)] long AlignmentDurationMs)
{
    public long StateBytes => Handles.Sum(h => h.Bytes);
}
