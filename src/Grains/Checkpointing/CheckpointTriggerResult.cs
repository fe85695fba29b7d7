using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing;

/// <summary>The coordinator's answer to a trigger request: the checkpoint it started, or why it did not.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointTriggerResult(
    [property: Id(0)] TriggerOutcome Outcome,
    [property: Id(1)] CheckpointId? Checkpoint,
    [property: Id(2)] CheckpointFailureReason? Reason);
