using GrainFlow.Model;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Silo.Demo;

/// <summary>The demo's log events, source generated with stable ids, for what is not part of its plain progress output.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "The demo job could not be submitted")]
    public static partial void LogSubmissionFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Demo job {Job}: reading its progress failed")]
    public static partial void LogPollFailed(this ILogger logger, Exception exception, JobId job);
}
