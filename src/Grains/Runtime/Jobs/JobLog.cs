using GrainFlow.Model;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Runtime.Jobs;

/// <summary>The job manager's log messages, source-generated with stable event ids.</summary>
internal static partial class JobLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Job {Job}: attempt {Attempt} running (restored from {Checkpoint})")]
    public static partial void LogJobAttemptRunning(this ILogger logger, JobId job, Attempt attempt, CheckpointId? checkpoint);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Job {Job}: attempt {Attempt} failed: {Cause}")]
    public static partial void LogJobAttemptFailed(this ILogger logger, JobId job, Attempt attempt, string cause);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Job {Job} ended {Status}")]
    public static partial void LogJobEnded(this ILogger logger, JobId job, JobStatus status);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Job {Job}: recovering a lost job manager (stored status {Status}, attempt {Attempt})")]
    public static partial void LogJobRecovering(this ILogger logger, JobId job, JobStatus status, Attempt attempt);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Job {Job}: no reminder service is configured; the keep-alive reminder is off")]
    public static partial void LogNoReminderService(this ILogger logger, Exception exception, JobId job);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Waking job {Job} at silo start failed (none: the job registry could not be read); keep-alive reminders wake job managers anyway")]
    public static partial void LogJobWakeUpFailed(this ILogger logger, Exception exception, JobId? job);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Job {Job}: the {Step} step failed; trying again in {Delay}")]
    public static partial void LogJobStepFailed(this ILogger logger, Exception exception, JobId job, string step, TimeSpan delay);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Job {Job}: the subtasks' metrics could not be read while stopping an attempt; keeping the last known")]
    public static partial void LogJobMetricsUnavailable(this ILogger logger, Exception exception, JobId job);
}
