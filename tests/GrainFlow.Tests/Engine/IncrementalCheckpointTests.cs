using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// Incremental checkpoints end to end: a job restored from a full snapshot and its increments commits exactly the
/// failure-free answer, and retention deletes an object only once no retained checkpoint lists it.
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

    [Fact]
    public async Task A_finished_incremental_job_leaves_in_storage_exactly_the_objects_its_retained_checkpoint_lists()
    {
        var answer = new GeneratorAnswer(100_000, 20_000);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("incremental-retention", answer.Count, answer.Keys, 40_000, "keyedSum",
            "incremental-retention", incremental: true, retained: 1));
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, Timeout);
        var latest = (await cluster.Client.GetGrain<ICheckpointCoordinatorGrain>(job.Value).GetLatestCompletedAsync())!;
        var listed = latest.Acknowledgements.Values.SelectMany(a => a.Handles).Select(h => h.Location + ".state")
            .Append($"jobs/{job.Value}/chk-{latest.Id}/~5Fmetadata.state")
            .Order(StringComparer.Ordinal).ToList();

        var stored = await WaitForStoredObjectsAsync(job, listed);

        Assert.Contains((await cluster.CheckpointsAsync(job)).History, IsIncrement);
        Assert.Equal(listed, stored);
    }

    private static bool IsIncrement(CheckpointHistoryEntry entry) =>
        entry.Status == CheckpointStatsStatus.Completed && entry.CheckpointedBytes < entry.StateBytes;

    /// <summary>Every file under the job's checkpoint folders, once they are <paramref name="expected"/> (the cleaner deletes in the background).</summary>
    private async Task<List<string>> WaitForStoredObjectsAsync(JobId job, List<string> expected)
    {
        var root = Path.Combine(cluster.DataDirectory, GrainFlowStorageOptions.StorageFolder, GrainFlowStorage.StateName, GrainFlowStorage.GrainType);
        var deadline = DateTime.UtcNow + Timeout;
        List<string> stored;
        do
        {
            stored = Directory.GetFiles(Path.Combine(root, "jobs", job.Value), "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList();
            if (stored.SequenceEqual(expected))
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return stored;
    }
}
