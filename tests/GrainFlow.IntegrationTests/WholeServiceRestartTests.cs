using GrainFlow.IntegrationTests.Faults;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// The whole service dies (every silo SIGKILLed at once) and comes back as fresh processes: the running job resumes
/// from its latest completed checkpoint by itself, because its state is in Azure storage and a starting silo wakes
/// every registered job, and its output stays exactly once.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class WholeServiceRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_job_resumes_from_its_latest_checkpoint_after_every_silo_is_killed_without_being_resubmitted()
    {
        await using var run = await FaultRun.StartAsync(output, "whole-service", count: 50_000);

        await run.Faults.WaitForNewCheckpointAsync();
        var progressed = await run.Faults.WaitForNewCheckpointAsync();
        var before = await run.Cluster.Api.GetCheckpointsAsync(run.JobId);
        var recovery = await run.Faults.KillAndRestartEverySiloAsync();
        var after = await run.Cluster.Api.GetCheckpointsAsync(run.JobId);

        run.Report.Line($"whole service kill -> next completed checkpoint: {recovery.TotalMilliseconds:0} ms; restored {before.Restored} -> {after.Restored} times");
        Assert.True(after.Restored > before.Restored, $"the job did not restore from a checkpoint (restored {before.Restored} -> {after.Restored})");
        Assert.True(after.LatestCompleted!.Id > progressed.Id, "no checkpoint completed after the restart");
        await run.AssertFinishedExactlyOnceAsync(TimeSpan.FromMinutes(3));
    }
}
