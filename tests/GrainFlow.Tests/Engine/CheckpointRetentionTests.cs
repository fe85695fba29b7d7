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

    /// <summary>The job's checkpoint folders and the files in each, once they are the retained ones.</summary>
    private async Task<SortedDictionary<long, List<string>>> WaitForStoredCheckpointsAsync(JobId job, List<long> retained)
    {
        var root = Path.Combine(cluster.DataDirectory, GrainFlowStorageOptions.StorageFolder, GrainFlowStorage.StateName,
            GrainFlowStorage.GrainType, "jobs", job.Value);
        var deadline = DateTime.UtcNow + Timeout;
        SortedDictionary<long, List<string>> stored;
        do
        {
            stored = new SortedDictionary<long, List<string>>(Directory.GetDirectories(root, "chk-*")
                .Where(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any())
                .ToDictionary(
                    folder => long.Parse(Path.GetFileName(folder)["chk-".Length..]),
                    folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                        .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()));
            if (stored.Keys.SequenceEqual(retained))
            {
                return stored;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        return stored;
    }
}
