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
    /// <summary>The full size of the subtask's state in this checkpoint: every object it lists, shared ones included.</summary>
    public long StateBytes => Handles.Sum(h => h.Bytes);

    /// <summary>What the subtask wrote for this checkpoint: less than <see cref="StateBytes"/> when it was incremental.</summary>
    public long CheckpointedBytes => Handles.Where(h => h.IsWrittenFor(CheckpointId)).Sum(h => h.Bytes);
}
