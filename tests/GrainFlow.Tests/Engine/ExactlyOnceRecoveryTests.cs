using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>Exactly-once (and at-least-once) recovery, proven on every channel transport.</summary>
public abstract class ExactlyOnceRecoveryTests(EngineCluster cluster)
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_failure_free_job_commits_every_update_exactly_once_and_finishes()
    {
        FailureInjector.Reset();
        var answer = new GeneratorAnswer(20_000, 100);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("plain", answer.Count, answer.Keys, 0, "keyedSum", "plain"));

        await cluster.WaitForStatusAsync(job, JobStatus.Finished, JobTimeout);

        AssertExactlyOnce(SinkOutput.Read(cluster.FilesDirectory("plain")), answer);
        Assert.Equal(0, (await cluster.JobAsync(job)).Restarts);
        Assert.Equal(0, (await cluster.CheckpointsAsync(job)).Counts.Failed);
    }

    [Fact]
    public async Task A_sink_connected_forward_at_parallelism_two_commits_every_update_exactly_once()
    {
        var answer = new GeneratorAnswer(20_000, 100);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("forward", answer.Count, answer.Keys, 0, "keyedSum", "forward",
            sumParallelism: 2, sinkPartitioning: "forward", sinkParallelism: 2));

        await cluster.WaitForStatusAsync(job, JobStatus.Finished, JobTimeout);

        AssertExactlyOnce(SinkOutput.Read(cluster.FilesDirectory("forward")), answer);
    }

    [Fact]
    public async Task A_job_that_fails_after_two_checkpoints_and_again_during_restore_commits_exactly_the_failure_free_answer() =>
        await FailTwiceAndFinishAsync("chaos", new GeneratorAnswer(200_000, 100), incremental: false,
            stats => stats.Counts.Completed >= 2, "two completed checkpoints");

    [Fact]
    public async Task An_incremental_job_that_fails_and_fails_again_during_restore_commits_exactly_the_failure_free_answer() =>
        await FailTwiceAndFinishAsync("incremental-chaos", new GeneratorAnswer(200_000, 20_000), incremental: true,
            stats => stats.History.Any(c => c.Status == CheckpointStatsStatus.Completed && c.CheckpointedBytes < c.StateBytes),
            "a completed incremental checkpoint");

    [Fact]
    public async Task An_at_least_once_job_that_fails_loses_no_update()
    {
        FailureInjector.Reset();
        var answer = new GeneratorAnswer(200_000, 100);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("alo", answer.Count, answer.Keys, 40_000, ChaosSumFunction.TypeName, "alo", mode: "atLeastOnce"));
        await cluster.WaitUntilAsync(job, (_, stats) => stats.Counts.Completed >= 2, JobTimeout, "two completed checkpoints");

        FailureInjector.ArmProcessingFailure();
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, JobTimeout);

        Assert.Equal(1, FailureInjector.ProcessingFailuresFired);
        var output = SinkOutput.Read(cluster.FilesDirectory("alo"));
        var counts = output.CountsByKey();
        var sums = output.FinalSums();
        foreach (var (key, expected) in answer.Expected())
        {
            // Replayed records may be counted twice, never not at all: every count up to the final one is present.
            Assert.True(counts[key].Distinct().Count() == counts[key].Max(), $"{key} has a gap in its counts");
            Assert.True(counts[key].Max() >= expected.Counts.Count, $"{key} lost updates: {counts[key].Max()} < {expected.Counts.Count}");
            Assert.True(sums[key] >= expected.Sum, $"{key} lost updates: sum {sums[key]} < {expected.Sum}");
        }
    }

    /// <summary>
    /// Runs a keyed-sum job until <paramref name="armWhen"/>, then fails it once while processing and once more during
    /// the restore that follows; its output must still be the failure-free answer, record for record.
    /// </summary>
    private async Task FailTwiceAndFinishAsync(
        string name, GeneratorAnswer answer, bool incremental, Func<CheckpointStatsSnapshot, bool> armWhen, string what)
    {
        FailureInjector.Reset();
        var job = await cluster.SubmitAsync(Specs.KeyedSums(name, answer.Count, answer.Keys, 40_000, ChaosSumFunction.TypeName, name,
            incremental: incremental));
        await cluster.WaitUntilAsync(job, (_, stats) => armWhen(stats), JobTimeout, what);

        FailureInjector.ArmRestoreFailure();
        FailureInjector.ArmProcessingFailure();
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, JobTimeout);

        Assert.Equal(1, FailureInjector.ProcessingFailuresFired);
        Assert.Equal(1, FailureInjector.RestoreFailuresFired);
        Assert.Equal(2, (await cluster.JobAsync(job)).Restarts);
        AssertExactlyOnce(SinkOutput.Read(cluster.FilesDirectory(name)), answer);
    }

    internal static void AssertExactlyOnce(SinkOutput output, GeneratorAnswer answer)
    {
        var expected = answer.Expected();
        var counts = output.CountsByKey();
        var sums = output.FinalSums();
        Assert.Equal(expected.Keys.Order(), counts.Keys.Order());
        foreach (var (key, (expectedCounts, expectedSum)) in expected)
        {
            Assert.Equal(expectedCounts, counts[key]);
            Assert.Equal(expectedSum, sums[key]);
        }

        Assert.Equal(answer.Count, output.Records.Count);
    }
}
