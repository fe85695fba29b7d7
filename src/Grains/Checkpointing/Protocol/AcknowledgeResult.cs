namespace GrainFlow.Checkpointing.Protocol;

/// <summary>What became of one subtask acknowledgement, as Flink's <c>TaskAcknowledgeResult</c>.</summary>
public enum AcknowledgeResult
{
    /// <summary>Recorded: the subtask was still awaited.</summary>
    Success = 0,

    /// <summary>The subtask had already acknowledged this checkpoint; the first acknowledgement stands.</summary>
    Duplicate = 1,

    /// <summary>The sender is not a task of this checkpoint (or the checkpoint was never issued).</summary>
    Unknown = 2,

    /// <summary>
    /// The checkpoint is already completed or aborted, or the acknowledgement comes from another attempt: the
    /// caller should delete the state the acknowledgement points to, as nothing will ever reference it.
    /// </summary>
    Discarded = 3,
}
