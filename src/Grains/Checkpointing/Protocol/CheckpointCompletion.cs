namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The effects of completing one checkpoint: the completed checkpoint, and the older pending periodic checkpoints it
/// subsumed (aborted with <see cref="CheckpointFailureReason.Subsumed"/>), which the caller notifies and cleans up.
/// </summary>
public sealed record CheckpointCompletion(CompletedCheckpoint Completed, IReadOnlyList<AbortedCheckpoint> Subsumed);
