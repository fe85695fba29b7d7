using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GrainFlow.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class RestoreTests(EngineCluster cluster)
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_job_restarted_from_a_checkpoint_with_no_new_input_restores_exactly_the_checkpointed_keyed_state()
    {
        var answer = new GeneratorAnswer(10_000, 100);
        var spec = Specs.KeyedSums("restore", answer.Count, answer.Keys, 0, "keyedSum", "restore");
        var first = await cluster.SubmitAsync(spec);
        await cluster.WaitForStatusAsync(first, JobStatus.Finished, JobTimeout);
        var checkpoint = (await Coordinator(first).GetLatestCompletedAsync())!;

        var second = await cluster.SubmitAsync(spec, first, checkpoint);
        await cluster.WaitForStatusAsync(second, JobStatus.Finished, JobTimeout);
        var restoredThenCheckpointed = (await Coordinator(second).GetLatestCompletedAsync())!;

        var expected = Enumerable.Range(0, answer.Keys).ToDictionary(k => "k" + k, k => (answer.SumOf(k), answer.CountOf(k)));
        Assert.Equal(expected, await KeyedSumsAsync(first, checkpoint));
        Assert.Equal(expected, await KeyedSumsAsync(second, restoredThenCheckpointed));
        Assert.Equal(1, (await cluster.CheckpointsAsync(second)).Counts.Restored);
        Assert.Equal(answer.Count, SinkOutput.Read(cluster.FilesDirectory("restore")).Records.Count);
    }

    [Fact]
    public async Task A_job_whose_restart_strategy_is_exhausted_ends_failed_with_the_cause_recorded()
    {
        FailureInjector.Reset();
        var job = await cluster.SubmitAsync(Specs.KeyedSums("no-restart", 1_000_000, 100, 20_000, ChaosSumFunction.TypeName, "no-restart",
            restartStrategy: """{ "type": "none" }"""));
        await cluster.WaitUntilAsync(job, (_, stats) => stats.Counts.Completed >= 1, JobTimeout, "a completed checkpoint");

        FailureInjector.ArmProcessingFailure();
        await cluster.WaitUntilAsync(job, (view, _) => view.Status == JobStatus.Failed, JobTimeout, "status Failed");

        var view = await cluster.JobAsync(job);
        Assert.Equal(0, view.Restarts);
        Assert.Contains("injected failure while processing", view.FailureCause);
    }

    [Fact]
    public async Task A_source_far_faster_than_its_consumers_is_slowed_by_credits_and_loses_nothing()
    {
        var answer = new GeneratorAnswer(300_000, 1000);
        var job = await cluster.SubmitAsync(Specs.KeyedSums("fast", answer.Count, answer.Keys, 0, "keyedSum", "fast", sumParallelism: 1));

        await cluster.WaitForStatusAsync(job, JobStatus.Finished, JobTimeout);

        ExactlyOnceRecoveryTests.AssertExactlyOnce(SinkOutput.Read(cluster.FilesDirectory("fast")), answer);
    }

    private ICheckpointCoordinatorGrain Coordinator(JobId job) => cluster.Client.GetGrain<ICheckpointCoordinatorGrain>(job.Value);

    /// <summary>Reads the keyed state of operator "sums" out of a checkpoint's stored objects, through the real store.</summary>
    private async Task<Dictionary<string, (long, long)>> KeyedSumsAsync(JobId job, CompletedCheckpoint checkpoint)
    {
        var store = cluster.SiloServices.GetRequiredService<ISnapshotStore>();
        var handles = checkpoint.HandlesByOperator[new OperatorUid("sums")].Where(h => h.Kind == SnapshotHandleKind.Keyed);
        var payloads = await Task.WhenAll(handles.Select(h => store.ReadAsync(h, job, checkpoint.Id)));
        var backend = new HeapKeyedStateBackend(new KeyGroupRange(0, 127), 128, new StateSerializers());
        backend.Restore(payloads);
        var state = backend.GetState(new ValueStateDescriptor<(long Sum, long Count)>("sum-count"));
        var sums = new Dictionary<string, (long, long)>();
        for (var k = 0; k < 100; k++)
        {
            backend.SetCurrentKey("k" + k, KeyGroupAssigner.KeyGroupFor("k" + k, 128));
            sums["k" + k] = state.Value();
        }

        return sums;
    }
}
