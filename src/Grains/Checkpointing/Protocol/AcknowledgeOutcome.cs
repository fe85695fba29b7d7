namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// What <see cref="PendingCheckpointSet.Acknowledge"/> did with one acknowledgement: the result, and the checkpoint
/// that this acknowledgement made fully acknowledged (the caller then writes its metadata and calls
/// <see cref="PendingCheckpointSet.Complete"/>), or null.
/// </summary>
public sealed record AcknowledgeOutcome(AcknowledgeResult Result, PendingCheckpoint? ReadyToComplete);
