using GrainFlow.Model;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// A durable reminder that re-activates a job manager after its silo died, when nothing else calls it first. A silo
/// without a reminder service runs on (the embedded default relies on the job registry at start-up instead).
/// </summary>
public static class KeepAliveReminder
{
    private const string Name = "keep-alive";
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public static async Task RegisterAsync(Grain grain, JobId job, ILogger logger)
    {
        try
        {
            await grain.RegisterOrUpdateReminder(Name, Period, Period);
        }
        catch (Exception e) when (e is InvalidOperationException or OrleansException)
        {
            logger.LogNoReminderService(e, job);
        }
    }

    public static async Task UnregisterAsync(Grain grain, JobId job, ILogger logger)
    {
        try
        {
            if (await grain.GetReminder(Name) is { } reminder)
            {
                await grain.UnregisterReminder(reminder);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OrleansException)
        {
            logger.LogNoReminderService(e, job);
        }
    }
}
