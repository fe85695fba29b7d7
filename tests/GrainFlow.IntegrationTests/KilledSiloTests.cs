using GrainFlow.IntegrationTests.Cluster;
using GrainFlow.IntegrationTests.Faults;
using GrainFlow.IntegrationTests.Jobs;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// Flink's promise under real crashes: three silo processes on Azure Table clustering and Azure Blob storage run a
/// keyed-sum job while silos are killed with SIGKILL (the coordinator's among them), one is frozen past its
/// membership timeout, and storage goes away for 10 s; the committed output is still exactly the failure-free one.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class KilledSiloTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_frozen_and_storage_starved_silos_leave_the_output_exactly_once()
    {
        var report = new FaultReport(output, "killed-silos");
        await using var cluster = await FaultCluster.StartAsync(3, "killed-silos");
        var job = new KeyedSumsJob("killed-silos", Count: 160_000, Keys: 1_000, RatePerSecond: 2_000, Path.Combine(cluster.OutputRoot, "sums"));
        var jobId = await cluster.Api.SubmitAsync(job.Spec);
        var seed = Environment.TickCount;
        report.Line($"3 silos up; job {jobId} submitted; fault seed {seed}; files in {cluster.Directory}");
        var faults = new FaultInjector(cluster, jobId, report, seed);

        await KillsAsync(faults, kills: 5);
        var frozen = await faults.FreezePastMembershipTimeoutAsync(faults.RandomSilo());
        var storage = await faults.StorageOutageAsync(TimeSpan.FromSeconds(10));
        var end = await faults.WaitForEndAsync(TimeSpan.FromMinutes(4));

        var verdict = OutputVerdict.Judge(SinkOutput.Read(Path.Combine(cluster.OutputRoot, "sums")), job.Answer);
        report.Line($"kill -> next completed checkpoint: {faults.Kills}; coordinator kills {faults.CoordinatorKills}");
        report.Line($"freeze -> next completed checkpoint: {frozen.TotalMilliseconds:0} ms; Azurite return -> next completed checkpoint: {storage.Recovery.TotalMilliseconds:0} ms");
        report.Line($"output: {verdict}; report file {report.File}");

        Assert.Equal("finished", end.Status);
        Assert.True(faults.CoordinatorKills >= 1, "no kill hit the coordinator's silo");
        Assert.True(storage.FailedAfter > storage.FailedBefore, $"no checkpoint failed while Azurite was down ({storage.FailedBefore} before, {storage.FailedAfter} after)");
        Assert.True(verdict.ExactlyOnce, verdict.ToString());
        Assert.Equal(job.Count, verdict.Records);
        cluster.MarkPassed();
    }

    /// <summary>
    /// Kills a random silo after each newly completed checkpoint; the second kill aims at the coordinator's silo,
    /// so the coordinator is lost at least once whatever the random choices were.
    /// </summary>
    internal static async Task KillsAsync(FaultInjector faults, int kills)
    {
        for (var kill = 0; kill < kills; kill++)
        {
            await faults.WaitForNewCheckpointAsync();
            await faults.KillAndRestartAsync(kill == 1 ? faults.CoordinatorSilo() : faults.RandomSilo());
        }
    }
}
