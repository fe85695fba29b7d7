using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Checkpointing;

/// <summary>The coordinator's log messages, source-generated with stable event ids.</summary>
internal static partial class CoordinatorLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Job {Job}: {Kind} {Checkpoint} completed in {DurationMs} ms, {StateBytes} bytes of state, {CheckpointedBytes} written")]
    public static partial void LogCheckpointCompleted(
        this ILogger logger, JobId job, CheckpointId checkpoint, CheckpointKind kind, long durationMs, long stateBytes, long checkpointedBytes);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Job {Job}: {Kind} {Checkpoint} aborted: {Reason}")]
    public static partial void LogCheckpointAborted(this ILogger logger, JobId job, CheckpointId checkpoint, CheckpointKind kind, CheckpointFailureReason reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Job {Job}: checkpoint {Checkpoint} declined by {Subtask}: {Cause}")]
    public static partial void LogCheckpointDeclined(this ILogger logger, JobId job, CheckpointId checkpoint, SubtaskId subtask, string cause);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Job {Job}: writing the metadata of checkpoint {Checkpoint} failed")]
    public static partial void LogMetadataWriteFailed(this ILogger logger, Exception exception, JobId job, CheckpointId checkpoint);

    /// <summary>Says which silo hosts the coordinator, so an operator (and the fault tests) can tell where it lives after a failover.</summary>
    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Job {Job}: checkpoint coordinator activated on silo {Silo}")]
    public static partial void LogCoordinatorActivated(this ILogger logger, JobId job, string silo);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Deleting {What} failed (attempt {Attempt}); it is tried again later")]
    public static partial void LogDiscardFailed(this ILogger logger, Exception exception, string what, int attempt);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Left {What} in storage after {Attempt} attempts: {Cause}")]
    public static partial void LogDiscardLeft(this ILogger logger, string what, int attempt, string cause);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Job {Job}: checkpoint {Checkpoint} could not start: its id was not stored")]
    public static partial void LogCheckpointIdNotStored(this ILogger logger, Exception exception, JobId job, CheckpointId checkpoint);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning,
        Message = "Job {Job}: checkpoint {Checkpoint} failed: the completed checkpoint store was not written (storage failed, or did not answer by the checkpoint's deadline)")]
    public static partial void LogCheckpointStoreNotWritten(this ILogger logger, Exception exception, JobId job, CheckpointId checkpoint);
}
