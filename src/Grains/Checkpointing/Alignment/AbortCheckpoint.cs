using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// This subtask gives up on a checkpoint it had started aligning (a newer barrier overtook it): decline it to the
/// coordinator with <see cref="Reason"/>, as Flink's <c>CHECKPOINT_DECLINED_SUBSUMED</c>.
/// </summary>
public sealed record AbortCheckpoint(CheckpointId Id, CheckpointFailureReason Reason) : AlignmentAction;
