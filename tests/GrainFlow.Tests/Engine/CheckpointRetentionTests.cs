using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// Retention, seen in storage: the checkpoints a job no longer retains are deleted (in the background, by the
/// checkpoint cleaner), and the ones it retains are left whole.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class CheckpointRetentionTests(EngineCluster cluster)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_finished_job_leaves_exactly_its_retained_checkpoints_in_storage()
    {
        var answer = new GeneratorAnswer(100_000, 100);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("retention", answer.Count, answer.Keys, 40_000, "keyedSum", "retention"));
        await cluster.WaitForStatusAsync(job, JobStatus.Finished, Timeout);
        var stats = await cluster.CheckpointsAsync(job);
        var completed = stats.History.Where(c => c.Status == CheckpointStatsStatus.Completed).Select(c => c.Id.Value).Order().ToList();
        var retained = completed.TakeLast(2).ToList(); // the spec retains 2

        var stored = await WaitForStoredCheckpointsAsync(job, retained);

        Assert.True(completed.Count > retained.Count, $"only {completed.Count} checkpoints completed; nothing was left for retention to drop");
        Assert.Equal(retained, stored.Keys);
        // Each retained checkpoint whole: the sources' offsets, the sink's transactions, every key group's state, and
        // its metadata (stored as "~5Fmetadata", the escaped "_metadata").
        Assert.All(stored.Values, files => Assert.Equal(
            "events/0.operator.state events/1.operator.state out/0.operator.state sums/0.keyed.state sums/1.keyed.state sums/2.keyed.state ~5Fmetadata.state",
            string.Join(' ', files)));
    }

    [Fact]
    public async Task An_incremental_checkpoint_keeps_the_full_snapshot_it_shares_when_retention_drops_the_checkpoint_that_wrote_it()
    {
        // Periodic checkpoints off: the first checkpoint taken by hand is full, and the second an increment over it.
        var job = await cluster.SubmitAsync(Specs.KeyedSums("incremental-retention", 100_000_000, 20_000, 20_000, "keyedSum",
            "incremental-retention", intervalMs: 0, incremental: true, retained: 1));
        await cluster.WaitForStatusAsync(job, JobStatus.Running, Timeout);
        await CheckpointAsync(job);
        var second = await CheckpointAsync(job);
        var listed = second.Acknowledgements.Values.SelectMany(a => a.Handles)
            .Select(h => Path.GetRelativePath($"jobs/{job.Value}", h.Location + ".state"))
            .Append($"chk-{second.Id}/~5Fmetadata.state")
            .Order(StringComparer.Ordinal).ToList();

        var stored = await WaitForStorageAsync(job,
            root => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList(),
            files => files.SequenceEqual(listed));
        await cluster.Jobs.CancelAsync(job);

        Assert.Equal(3, second.Acknowledgements.Values.SelectMany(a => a.Handles).Count(h => !h.IsWrittenFor(second.Id)));
        Assert.True(second.CheckpointedBytes < second.StateBytes);
        Assert.Equal(listed, stored);
    }

    /// <summary>Takes a checkpoint by hand and returns it once completed.</summary>
    private async Task<CompletedCheckpoint> CheckpointAsync(JobId job)
    {
        var id = await cluster.Jobs.TriggerCheckpointAsync(job);
        await cluster.WaitUntilAsync(job, (_, stats) => stats.Find(id)?.Status == CheckpointStatsStatus.Completed, Timeout, $"checkpoint {id}");
        var latest = (await cluster.Client.GetGrain<ICheckpointCoordinatorGrain>(job.Value).GetLatestCompletedAsync())!;
        Assert.Equal(id, latest.Id);
        return latest;
    }

    /// <summary>The job's checkpoint folders and the files in each, once they are the retained ones.</summary>
    private Task<SortedDictionary<long, List<string>>> WaitForStoredCheckpointsAsync(JobId job, List<long> retained) =>
        WaitForStorageAsync(job,
            root => new SortedDictionary<long, List<string>>(Directory.GetDirectories(root, "chk-*")
                .Where(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any())
                .ToDictionary(
                    folder => long.Parse(Path.GetFileName(folder)["chk-".Length..]),
                    folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                        .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList())),
            stored => stored.Keys.SequenceEqual(retained));

    /// <summary>
    /// What <paramref name="read"/> finds under the job's folder in the local storage, once it is <paramref name="done"/>
    /// (the cleaner deletes in the background) or the timeout has passed.
    /// </summary>
    private async Task<T> WaitForStorageAsync<T>(JobId job, Func<string, T> read, Func<T, bool> done)
    {
        var root = Path.Combine(cluster.DataDirectory, GrainFlowStorageOptions.StorageFolder, GrainFlowStorage.StateName,
            GrainFlowStorage.GrainType, "jobs", job.Value);
        var deadline = DateTime.UtcNow + Timeout;
        T found;
        do
        {
            found = read(root);
            if (done(found))
            {
                return found;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return found;
    }
}
