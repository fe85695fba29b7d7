using System.Diagnostics;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// Measures a pipeline's steady state: start it, let it warm up (JIT, tiering, grain activation, first
/// checkpoints), then count records, process CPU time and latency over a fixed window, and read the checkpoints
/// that completed inside that window. The pipeline is disposed afterwards whatever happens.
/// </summary>
public static class Measurement
{
    public static async Task<WindowFigures> WindowAsync(IPipeline pipeline, TimeSpan warmup, TimeSpan window)
    {
        await using (pipeline)
        {
            Settle();
            await pipeline.StartAsync();
            await Task.Delay(warmup);
            var probe = pipeline.Probe;
            probe.Latency.Reset();
            var from = DateTimeOffset.UtcNow;
            var records = probe.Records;
            var cpu = CpuClock.ProcessTime;
            var clock = Stopwatch.StartNew();
            await Task.Delay(window);
            var elapsed = clock.Elapsed.TotalSeconds;
            var figures = new WindowFigures(
                (probe.Records - records) / elapsed,
                (CpuClock.ProcessTime - cpu).TotalSeconds,
                probe.Latency.Take(),
                await pipeline.CheckpointsAsync(from, DateTimeOffset.UtcNow),
                probe.Records);
            return figures;
        }
    }

    /// <summary>
    /// W4: runs until every key has state (records seen &gt;= keys, since record i has key i % keys), checkpoints and
    /// stops, then restarts from that checkpoint and measures until the first record reaches the sink.
    /// </summary>
    public static async Task<(double RestoreMs, string Evidence)> RestoreAsync(IRestorablePipeline pipeline, long keys, TimeSpan timeout)
    {
        await using (pipeline)
        {
            Settle();
            await pipeline.StartAsync();
            await WaitAsync(() => pipeline.Probe.Records >= keys + keys / 5, timeout, $"{pipeline.Variant} to process {keys} keys");
            await pipeline.CheckpointAndStopAsync();
            var started = MonotonicClock.NowMicros;
            await pipeline.RestartFromCheckpointAsync();
            await WaitAsync(() => pipeline.Probe.FirstRecordAtMicros != 0, timeout, $"{pipeline.Variant} to resume");
            var restoreMs = (pipeline.Probe.FirstRecordAtMicros - started) / 1000.0;
            return (restoreMs, await pipeline.RestoreEvidenceAsync());
        }
    }

    /// <summary>
    /// Collects what the previous run left (a 1 M-key run leaves hundreds of megabytes of dead state) before the next
    /// starts, so no run's window pays for its predecessor's garbage: W3 after the big-state runs used 15.5 CPU seconds
    /// in its window, against 11.3 on its own at about the same rate.
    /// </summary>
    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Polls <paramref name="condition"/> every 5 ms; a <see cref="TimeoutException"/> naming <paramref name="what"/> past the timeout.</summary>
    public static async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(5);
        }
    }
}
