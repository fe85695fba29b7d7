using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Jobs;

/// <summary>
/// When a silo starts, wakes every registered job's manager. A job that was running when the whole service went
/// down finds its non-terminal status in storage on activation and restarts from its latest completed checkpoint,
/// so nobody has to resubmit it. Cheap when jobs are already active: the call is a read.
/// </summary>
public sealed class JobRecoveryStartupTask(IGrainFactory grains) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var jobs = await grains.GetGrain<IJobRegistryGrain>(IJobRegistryGrain.Key).ListAsync();
        await Task.WhenAll(jobs.Select(job => grains.GetGrain<IJobManagerGrain>(job.Value).GetAsync()));
    }
}
