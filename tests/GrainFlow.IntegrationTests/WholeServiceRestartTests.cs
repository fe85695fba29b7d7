using GrainFlow.IntegrationTests.Cluster;
using GrainFlow.IntegrationTests.Faults;
using GrainFlow.IntegrationTests.Jobs;
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
        var report = new FaultReport(output, "whole-service");
        await using var cluster = await FaultCluster.StartAsync(3, "whole-service");
        var job = new KeyedSumsJob("whole-service", Count: 50_000, Keys: 1_000, RatePerSecond: 2_000, Path.Combine(cluster.OutputRoot, "sums"));
        var jobId = await cluster.Api.SubmitAsync(job.Spec);
        var faults = new FaultInjector(cluster, jobId, report, seed: 0);
        report.Line($"3 silos up; job {jobId} submitted; files in {cluster.Directory}");

        await faults.WaitForNewCheckpointAsync();
        var progressed = await faults.WaitForNewCheckpointAsync();
        var before = await cluster.Api.GetCheckpointsAsync(jobId);
        var recovery = await faults.KillAndRestartEverySiloAsync();
        var after = await cluster.Api.GetCheckpointsAsync(jobId);
        var end = await faults.WaitForEndAsync(TimeSpan.FromMinutes(3));

        var verdict = OutputVerdict.Judge(SinkOutput.Read(Path.Combine(cluster.OutputRoot, "sums")), job.Answer);
        report.Line($"whole service kill -> next completed checkpoint: {recovery.TotalMilliseconds:0} ms; restored {before.Restored} -> {after.Restored} times");
        report.Line($"output: {verdict}; report file {report.File}");

        Assert.Equal("finished", end.Status);
        Assert.True(after.Restored > before.Restored, $"the job did not restore from a checkpoint (restored {before.Restored} -> {after.Restored})");
        Assert.True(after.LatestCompleted!.Id > progressed.Id, "no checkpoint completed after the restart");
        Assert.True(verdict.ExactlyOnce, verdict.ToString());
        Assert.Equal(job.Count, verdict.Records);
        cluster.MarkPassed();
    }
}
