namespace GrainFlow.Checkpointing.Protocol;

/// <summary>The failure manager's verdict on one failed checkpoint, with the reason and the consecutive count after it.</summary>
public sealed record CheckpointFailureDecision(
    CheckpointFailureVerdict Verdict, CheckpointFailureReason Reason, int ConsecutiveFailures);
