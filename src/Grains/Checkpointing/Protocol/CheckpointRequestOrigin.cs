namespace GrainFlow.Checkpointing.Protocol;

/// <summary>Who asked for a checkpoint: only periodic requests are held back by the concurrency and pause limits.</summary>
public enum CheckpointRequestOrigin
{
    /// <summary>The coordinator's interval timer.</summary>
    Periodic = 0,

    /// <summary>A user (REST trigger, savepoint, stop) or the job itself (the final checkpoint).</summary>
    Requested = 1,
}
