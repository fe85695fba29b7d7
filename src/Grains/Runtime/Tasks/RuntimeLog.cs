using GrainFlow.Model;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Runtime.Tasks;

/// <summary>The runtime's log messages, source-generated with stable event ids.</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Subtask {Subtask} failed in attempt {Attempt}")]
    public static partial void LogSubtaskFailed(this ILogger logger, Exception exception, SubtaskId subtask, Attempt attempt);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "Closing the operator of {Subtask} failed")]
    public static partial void LogOperatorCloseFailed(this ILogger logger, Exception exception, SubtaskId subtask);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Subtask {Subtask} deployed for attempt {Attempt} (restored: {Restored})")]
    public static partial void LogSubtaskDeployed(this ILogger logger, SubtaskId subtask, Attempt attempt, bool restored);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Subtask {Subtask} received {Element} but holds no deployment; reporting it lost")]
    public static partial void LogSubtaskLost(this ILogger logger, SubtaskId subtask, string element);
}
