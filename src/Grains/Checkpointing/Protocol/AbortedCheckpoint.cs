using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The record of a pending checkpoint that will never complete: what the coordinator needs to notify subtasks
/// (<c>NotifyCheckpointAborted</c>), delete the handles of the acknowledgements that arrived before the abort, and
/// report the failure.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AbortedCheckpoint(
    [property: Id(0)] CheckpointId Id,
    [property: Id(1)] CheckpointKind Kind,
    [property: Id(2)] Attempt Attempt,
    [property: Id(3)] DateTimeOffset TriggeredAt,
    [property: Id(4)] CheckpointFailureReason Reason,
    [property: Id(5)] IReadOnlyList<SubtaskAcknowledgement> Acknowledgements);
