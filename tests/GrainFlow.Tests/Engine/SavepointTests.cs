using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using Xunit;

namespace GrainFlow.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class SavepointTests(EngineCluster cluster)
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_job_stopped_with_a_savepoint_and_resumed_at_another_parallelism_commits_the_failure_free_answer()
    {
        var answer = new GeneratorAnswer(100_000, 100);
        var first = await SubmitAsync(Specs.KeyedSums("stop", answer.Count, answer.Keys, 25_000, "keyedSum", "stop-before"));
        await cluster.WaitUntilAsync(first, (_, stats) => stats.Counts.Completed >= 2, JobTimeout, "two completed checkpoints");

        var request = await cluster.Jobs.StopWithSavepointAsync(first);
        await cluster.WaitForStatusAsync(first, JobStatus.Stopped, JobTimeout);
        var stop = await cluster.Jobs.GetSavepointRequestAsync(first, request);
        Assert.Equal(SavepointRequestStatus.Completed, stop.Status);
        Assert.Contains(await cluster.Jobs.ListSavepointsAsync(), s => s.Savepoint == stop.Savepoint && s.Job == first);

        var second = await cluster.Jobs.SubmitAsync(JobSpecJson.Parse(
            Specs.KeyedSums("resume", answer.Count, answer.Keys, 0, "keyedSum", "stop-after", sumParallelism: 2)), stop.Savepoint);
        await cluster.WaitForStatusAsync(second, JobStatus.Finished, JobTimeout);

        var before = SinkOutput.Read(cluster.FilesDirectory("stop-before"));
        var after = SinkOutput.Read(cluster.FilesDirectory("stop-after"));
        Assert.True(before.Records.Count > 0 && after.Records.Count > 0, "both jobs committed part of the answer");
        ExactlyOnceRecoveryTests.AssertExactlyOnce(SinkOutput.Combine(before, after), answer);
    }

    [Fact]
    public async Task A_savepoint_is_listed_with_its_operators_and_key_groups_and_is_gone_once_deleted()
    {
        var job = await SubmitAsync(Specs.KeyedSums("inspect", 1_000_000, 100, 20_000, "keyedSum", "inspect"));
        await cluster.WaitUntilAsync(job, (_, stats) => stats.Counts.Completed >= 1, JobTimeout, "a completed checkpoint");

        var request = await cluster.Jobs.TriggerSavepointAsync(job);
        var savepoint = await WaitForSavepointAsync(job, request);
        var details = await cluster.Jobs.GetSavepointAsync(savepoint);

        Assert.Equal(job, details.Job);
        Assert.Equal("inspect", details.Spec.Name);
        Assert.Equal(["events", "out", "sums"], details.Operators.Select(o => o.Uid.Value));
        Assert.Equal([new(0, 42), new(43, 85), new(86, 127)], details.Operators.Single(o => o.Uid.Value == "sums").KeyGroups);
        Assert.True(details.StateBytes > 0);

        await cluster.Jobs.DeleteSavepointAsync(savepoint);
        Assert.DoesNotContain(await cluster.Jobs.ListSavepointsAsync(), s => s.Savepoint == savepoint);
        await Assert.ThrowsAsync<SavepointNotFoundException>(() => cluster.Jobs.GetSavepointAsync(savepoint));
        await cluster.Jobs.CancelAsync(job);
    }

    [Fact]
    public async Task Only_one_savepoint_runs_per_job_and_a_repeated_trigger_id_gets_the_same_request()
    {
        var job = await SubmitAsync(Specs.KeyedSums("one-at-a-time", 1_000_000, 100, 20_000, "keyedSum", "one-at-a-time"));
        await cluster.WaitUntilAsync(job, (view, _) => view.Status == JobStatus.Running, JobTimeout, "running");

        var first = await cluster.Jobs.TriggerSavepointAsync(job, "client-retry-1");
        var repeated = await cluster.Jobs.TriggerSavepointAsync(job, "client-retry-1");
        var refused = await Xunit.Record.ExceptionAsync(() => cluster.Jobs.TriggerSavepointAsync(job, "another"));

        Assert.Equal(first, repeated);
        var status = (await cluster.Jobs.GetSavepointRequestAsync(job, first)).Status;
        Assert.True(refused is SavepointInProgressException || status == SavepointRequestStatus.Completed,
            "a second savepoint is refused while the first runs");
        await WaitForSavepointAsync(job, first);
        await cluster.Jobs.CancelAsync(job);
        await Assert.ThrowsAsync<JobStateConflictException>(() => cluster.Jobs.CancelAsync(job));
    }

    [Fact]
    public async Task A_savepoint_with_state_for_a_removed_operator_is_refused_unless_non_restored_state_is_allowed()
    {
        var job = await SubmitAsync(Specs.KeyedSums("removed", 1_000_000, 100, 20_000, "keyedSum", "removed"));
        await cluster.WaitUntilAsync(job, (_, stats) => stats.Counts.Completed >= 1, JobTimeout, "a completed checkpoint");
        var savepoint = await WaitForSavepointAsync(job, await cluster.Jobs.TriggerSavepointAsync(job));
        await cluster.Jobs.CancelAsync(job);

        var withoutSums = JobSpecJson.Parse("""
            { "name": "no-sums", "operators": [
              { "uid": "events", "type": "generator", "parallelism": 2, "config": { "count": 10, "keys": 10 } },
              { "uid": "out", "type": "fileSink", "inputs": [ { "from": "events", "partitioning": "rebalance" } ],
                "config": { "path": "removed-2" } } ] }
            """);
        var refused = await Assert.ThrowsAsync<SavepointRestoreException>(() => cluster.Jobs.SubmitAsync(withoutSums, savepoint));
        Assert.Equal("fromSavepoint", refused.Field);
        Assert.Contains("'sums'", refused.Message);

        var accepted = await cluster.Jobs.SubmitAsync(withoutSums, savepoint, allowNonRestoredState: true);
        await cluster.WaitForStatusAsync(accepted, JobStatus.Finished, JobTimeout);

        var otherKeyGroups = JobSpecJson.Parse(Specs.KeyedSums("removed", 10, 10, 0, "keyedSum", "removed-3").Replace("\"maxParallelism\": 128", "\"maxParallelism\": 64"));
        var mismatch = await Assert.ThrowsAsync<SavepointRestoreException>(() => cluster.Jobs.SubmitAsync(otherKeyGroups, savepoint));
        Assert.Equal("maxParallelism", mismatch.Field);
    }

    private async Task<JobId> SubmitAsync(string json) => await cluster.Jobs.SubmitAsync(JobSpecJson.Parse(json));

    private async Task<SavepointId> WaitForSavepointAsync(JobId job, SavepointRequestId request)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var view = await cluster.Jobs.GetSavepointRequestAsync(job, request);
            if (view.Status == SavepointRequestStatus.Completed)
            {
                return view.Savepoint!.Value;
            }

            Assert.NotEqual(SavepointRequestStatus.Failed, view.Status);
            await Task.Delay(50);
        }

        throw new TimeoutException($"Savepoint request {request} did not complete.");
    }
}
