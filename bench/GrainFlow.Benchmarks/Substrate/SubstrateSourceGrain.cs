using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Substrate;

/// <summary>
/// Runs its loop on the grain's own scheduler after <see cref="StartAsync"/> returns: make a batch, split it by key
/// hash, call each partition's grain with its part, keeping a few batches in flight so call latency overlaps with
/// work (a non-reentrant target queues them). <see cref="StopAsync"/> interleaves at the loop's awaits.
/// </summary>
public sealed class SubstrateSourceGrain : Grain, ISubstrateSourceGrain
{
    private const int BatchSize = 1000;
    private const int InFlight = 8;
    private bool _stopped;

    public Task StartAsync(SubstrateJob job)
    {
        _ = RunAsync(job);
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        _stopped = true;
        return Task.CompletedTask;
    }

    private async Task RunAsync(SubstrateJob job)
    {
        var source = new RecordSource(KeyNames.Create(job.Keys), job.Index, job.Parallelism, job.RatePerSecond);
        var sums = Enumerable.Range(0, job.Parallelism).Select(p => GrainFactory.GetGrain<ISubstrateSumGrain>($"{job.Run}/{p}")).ToArray();
        var sink = GrainFactory.GetGrain<ISubstrateSinkGrain>($"{job.Run}/{job.Index}");
        var pending = new Queue<Task>();
        while (!_stopped)
        {
            var batch = source.NextBatch(BatchSize);
            if (batch.Count == 0)
            {
                await Task.Delay(source.UntilNext());
                continue;
            }

            if (job.Shape == PipelineShape.PassThrough)
            {
                pending.Enqueue(sink.CountAsync(new SumBatch(batch.Keys, batch.Values, batch.Values, batch.Stamps, batch.Count)));
            }
            else
            {
                var parts = Partitioning.Split(batch, sums.Length);
                pending.Enqueue(Task.WhenAll(parts.Select((part, p) => sums[p].ProcessAsync(part))));
            }

            while (pending.Count >= InFlight)
            {
                await pending.Dequeue();
            }
        }

        await Task.WhenAll(pending);
    }
}
