using GrainFlow.Model;
using GrainFlow.Runtime.Jobs;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Jobs;

/// <summary>
/// When a silo starts, wakes every registered job's manager. A job that was running when the whole service went
/// down finds its non-terminal status in storage on activation and restarts from its latest completed checkpoint,
/// so nobody has to resubmit it. The wake-up calls run in the background: a job manager busy restarting its job (while the
/// other silos are still starting) may take longer than a grain call's timeout to answer, and a silo must not fail
/// its own start over that; a failed wake-up is logged, and the job manager's keep-alive reminder wakes it anyway.
/// </summary>
public sealed class JobRecoveryStartupTask(IGrainFactory grains, ILogger<JobRecoveryStartupTask> logger) : IStartupTask
{
    public Task Execute(CancellationToken cancellationToken)
    {
        _ = WakeAllAsync();
        return Task.CompletedTask;
    }

    private async Task WakeAllAsync()
    {
        try
        {
            var jobs = await grains.GetGrain<IJobRegistryGrain>(IJobRegistryGrain.Key).ListAsync();
            await Task.WhenAll(jobs.Select(WakeAsync));
        }
        catch (Exception e)
        {
            logger.LogJobWakeUpFailed(e, null);
        }
    }

    private async Task WakeAsync(JobId job)
    {
        try
        {
            await grains.GetGrain<IJobManagerGrain>(job.Value).GetAsync();
        }
        catch (Exception e)
        {
            logger.LogJobWakeUpFailed(e, job);
        }
    }
}
