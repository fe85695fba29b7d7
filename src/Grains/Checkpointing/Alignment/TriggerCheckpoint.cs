using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// The barrier has arrived on every live channel: take the snapshot, forward the barrier on all outputs, and report
/// <see cref="AlignmentDuration"/> (first barrier to last) in the acknowledgement.
/// </summary>
public sealed record TriggerCheckpoint(CheckpointId Id, CheckpointKind Kind, TimeSpan AlignmentDuration) : AlignmentAction;
