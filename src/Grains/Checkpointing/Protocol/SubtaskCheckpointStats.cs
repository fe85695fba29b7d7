using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// One subtask's part of one checkpoint, as <c>GET /checkpoints/{id}</c> shows it. <see cref="StateBytes"/> is
/// the full size of its state and <see cref="CheckpointedBytes"/> what it wrote for this checkpoint, less when the
/// checkpoint was incremental and shares objects with earlier ones.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SubtaskCheckpointStats(
    [property: Id(0)] SubtaskId Subtask,
    [property: Id(1)] long SyncDurationMs,
    [property: Id(2)] long AsyncDurationMs,
    [property: Id(3)] long AlignmentDurationMs,
    [property: Id(4)] long StateBytes,
    [property: Id(5)] long CheckpointedBytes)
{
    public static SubtaskCheckpointStats From(SubtaskAcknowledgement acknowledgement) => new(
        acknowledgement.Subtask,
        acknowledgement.SyncDurationMs,
        acknowledgement.AsyncDurationMs,
        acknowledgement.AlignmentDurationMs,
        acknowledgement.StateBytes,
        acknowledgement.CheckpointedBytes);
}
