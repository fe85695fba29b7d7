using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// Incremental checkpoints end to end: a job restored from a full snapshot and its increments commits exactly the
/// failure-free answer (that retention keeps what increments share is in <see cref="CheckpointRetentionTests"/>).
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class IncrementalCheckpointTests(EngineCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_incremental_job_that_fails_and_fails_again_during_restore_commits_exactly_the_failure_free_answer()
    {
        FailureInjector.Reset();
        var answer = new GeneratorAnswer(200_000, 20_000);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("incremental-chaos", answer.Count, answer.Keys, 40_000, ChaosSumFunction.TypeName,
            "incremental-chaos", incremental: true));
        await cluster.WaitUntilAsync(job, (_, stats) => stats.History.Any(IsIncrement), Timeout, "a completed incremental checkpoint");

        FailureInjector.ArmRestoreFailure();
        FailureInjector.ArmProcessingFailure();
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, Timeout);

        Assert.Equal(1, FailureInjector.ProcessingFailuresFired);
        Assert.Equal(1, FailureInjector.RestoreFailuresFired);
        Assert.Equal(2, (await cluster.JobAsync(job)).Restarts);
        ExactlyOnceRecoveryTests.AssertExactlyOnce(SinkOutput.Read(cluster.FilesDirectory("incremental-chaos")), answer);
    }

    private static bool IsIncrement(CheckpointHistoryEntry entry) =>
        entry.Status == CheckpointStatsStatus.Completed && entry.CheckpointedBytes < entry.StateBytes;
}
