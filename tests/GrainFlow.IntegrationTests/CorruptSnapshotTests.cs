using GrainFlow.IntegrationTests.Cluster;
using GrainFlow.IntegrationTests.Faults;
using GrainFlow.IntegrationTests.Jobs;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// A damaged snapshot must stop a restore, loudly and by name, and never let a job start again from empty state.
/// Four jobs each get a keyed snapshot of every completed checkpoint damaged in Azure Blob storage while the silo is
/// down (truncated, emptied, one bit flipped, replaced by another job's), then the silo restarts and
/// every job tries to restore. A fifth, undamaged job is the control (and lends its bytes as the foreign snapshot).
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class CorruptSnapshotTests(ITestOutputHelper output)
{
    /// <summary>Two attempts, then the job fails: enough to see the refusal repeat, short enough for the suite.</summary>
    private const string TwoAttempts = """{ "type": "fixedDelay", "attempts": 2, "delayMs": 200 }""";

    [Fact]
    public async Task Damaged_or_foreign_snapshots_are_refused_by_name_and_jobs_never_restart_from_empty_state()
    {
        var report = new FaultReport(output, "corrupt-snapshots");
        await using var cluster = await FaultCluster.StartAsync(1, "corrupt-snapshots");
        var blobs = new SnapshotBlobs(cluster.Azurite.ConnectionString, cluster.Settings.ContainerName);
        var control = new KeyedSumsJob("control", Count: 20_000, Keys: 200, RatePerSecond: 1_000, Path.Combine(cluster.OutputRoot, "control"))
            { SumParallelism = 2, RestartStrategy = TwoAttempts };
        var controlId = await cluster.Api.SubmitAsync(control.Spec);
        var victims = new List<(SnapshotCorruption Corruption, KeyedSumsJob Job, string Id)>();
        foreach (var corruption in Enum.GetValues<SnapshotCorruption>())
        {
            var job = new KeyedSumsJob($"{corruption}", Count: 1_000_000, Keys: 200, RatePerSecond: 500, Path.Combine(cluster.OutputRoot, $"{corruption}"))
                { SumParallelism = 2, RestartStrategy = TwoAttempts };
            victims.Add((corruption, job, await cluster.Api.SubmitAsync(job.Spec)));
        }

        foreach (var id in victims.Select(v => v.Id).Prepend(controlId))
        {
            var faults = new FaultInjector(cluster, id, report, seed: 0);
            await faults.WaitForNewCheckpointAsync();
            await faults.WaitForNewCheckpointAsync();
        }

        await cluster.Silos[0].KillAsync();
        report.Line("kill -9 the only silo; every job has completed at least two checkpoints");
        var donor = SnapshotBlobs.ObjectName(controlId, (await blobs.CompletedCheckpointsAsync(controlId))[^1], "sums", 0);
        var damaged = new Dictionary<string, List<string>>();
        foreach (var (corruption, _, id) in victims)
        {
            damaged[id] = [];
            foreach (var checkpoint in await blobs.CompletedCheckpointsAsync(id))
            {
                var name = SnapshotBlobs.ObjectName(id, checkpoint, "sums", 0);
                await blobs.CorruptAsync(name, corruption, donor);
                damaged[id].Add(name);
            }

            report.Line($"{corruption}: damaged {string.Join(", ", damaged[id])}");
        }

        await cluster.Silos[0].StartAsync();
        report.Line("the silo is back; every job restores by itself");

        foreach (var (corruption, job, id) in victims)
        {
            var end = await new FaultInjector(cluster, id, report, seed: 0).WaitForEndAsync(TimeSpan.FromMinutes(2));
            var verdict = OutputVerdict.Judge(SinkOutput.Read(job.OutputDirectory), job.Answer, complete: false);
            report.Line($"{corruption}: {end.Status}; output {verdict}");
            Assert.Equal("failed", end.Status);
            Assert.True(damaged[id].Any(name => end.FailureCause!.Contains(name, StringComparison.Ordinal)),
                $"{corruption}: the failure does not name a damaged snapshot ({string.Join(", ", damaged[id])}): {end.FailureCause}");
            Assert.True(verdict.ExactlyOnce, $"{corruption}: {verdict}");
            Assert.True(verdict.Records > 0, $"{corruption}: the job committed nothing before its snapshot was damaged");
        }

        var controlEnd = await new FaultInjector(cluster, controlId, report, seed: 0).WaitForEndAsync(TimeSpan.FromMinutes(2));
        var controlVerdict = OutputVerdict.Judge(SinkOutput.Read(control.OutputDirectory), control.Answer);
        report.Line($"control: {controlEnd.Status}; output {controlVerdict}");
        Assert.Equal("finished", controlEnd.Status);
        Assert.True(controlVerdict.ExactlyOnce, controlVerdict.ToString());
        cluster.MarkPassed();
    }
}
