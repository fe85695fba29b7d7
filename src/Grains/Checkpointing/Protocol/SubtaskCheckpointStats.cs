using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>One subtask's part of one checkpoint, as <c>GET /checkpoints/{id}</c> shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record SubtaskCheckpointStats(
    [property: Id(0)] SubtaskId Subtask,
    [property: Id(1)] long SyncDurationMs,
    [property: Id(2)] long AsyncDurationMs,
    [property: Id(3)] long AlignmentDurationMs,
    [property: Id(4)] long StateBytes)
{
    public static SubtaskCheckpointStats From(SubtaskAcknowledgement acknowledgement) => new(
        acknowledgement.Subtask,
        acknowledgement.SyncDurationMs,
        acknowledgement.AsyncDurationMs,
        acknowledgement.AlignmentDurationMs,
        acknowledgement.StateBytes);
}
