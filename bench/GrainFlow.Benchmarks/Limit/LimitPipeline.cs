using System.Threading.Channels;
using GrainFlow.Benchmarks.Harness;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Limit;

/// <summary>
/// The limit baseline: the job hand-written in one process. Sources make batches of 1,000 records and split them by
/// key hash into one bounded <see cref="Channel{T}"/> per (source, partition); each partition task keeps a
/// <see cref="Dictionary{TKey,TValue}"/> of sums and hands its output batches to one counting sink task. Snapshots
/// are aligned as in GrainFlow: every interval the sources record their offsets and send a barrier; a partition that
/// has the barrier from every source copies its dictionary (the synchronous part) and writes it to a local file,
/// flushed to disk, on a thread of its own. Nothing here is generic, fenced or fault tolerant: it is what the machine
/// can do.
/// </summary>
public sealed class LimitPipeline(PipelineConfig config, string directory) : IRestorablePipeline
{
    private const int BatchSize = 1000;
    private readonly string[] _keys = KeyNames.Create(config.Keys);
    private readonly int _partitions = config.Shape == PipelineShape.KeyedSum ? config.Parallelism : 1;
    private LimitSnapshots _snapshots = null!;
    private CancellationTokenSource _stop = new();
    private Task[] _tasks = [];
    private readonly List<Task> _writes = [];
    private long _restoredSnapshot;
    private long _restoredKeys;

    public string Variant => "limit";

    public PipelineProbe Probe { get; private set; } = new(config.RecordLatency);

    public Task StartAsync() => Start(null, null);

    public Task<CheckpointFigures> CheckpointsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult(CheckpointFigures.InWindow(_snapshots.Completed, from, to));

    public async Task CheckpointAndStopAsync()
    {
        var id = _snapshots.Request(MonotonicClock.NowMicros);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (_snapshots.LastCompleted < id && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        if (_snapshots.LastCompleted < id)
        {
            throw new TimeoutException($"Snapshot {id} did not complete within 2 minutes.");
        }

        await StopAsync();
        _restoredSnapshot = id;
    }

    public Task RestartFromCheckpointAsync()
    {
        Probe = new PipelineProbe(config.RecordLatency);
        var state = Enumerable.Range(0, _partitions).Select(p => SnapshotFile.Read(FileOf(p))).ToArray();
        _restoredKeys = state.Sum(s => (long)s.Count);
        return Start(state, _snapshots.Offsets(_restoredSnapshot));
    }

    public Task<string> RestoreEvidenceAsync() => Task.FromResult($"restored {_restoredKeys} keys from snapshot {_restoredSnapshot}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private Task Start(Dictionary<string, SumAndCount>[]? state, long[]? offsets)
    {
        Directory.CreateDirectory(directory);
        _stop = new CancellationTokenSource();
        _snapshots ??= new LimitSnapshots(config.Parallelism, _partitions);
        var token = _stop.Token;
        var options = new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true };
        var inputs = Enumerable.Range(0, config.Parallelism)
            .Select(_ => Enumerable.Range(0, _partitions).Select(_ => Channel.CreateBounded<LimitMessage>(options)).ToArray())
            .ToArray();
        var sink = Channel.CreateBounded<SumBatch>(new BoundedChannelOptions(64) { SingleReader = true });
        var tasks = new List<Task>();
        for (var s = 0; s < config.Parallelism; s++)
        {
            var source = new RecordSource(_keys, s, config.Parallelism, config.RatePerSecond, offsets?[s] ?? -1);
            var index = s;
            var writers = inputs[s].Select(c => c.Writer).ToArray();
            tasks.Add(Task.Run(() => RunSourceAsync(index, source, writers, token)));
        }

        for (var p = 0; p < _partitions; p++)
        {
            var partition = p;
            var readers = inputs.Select(source => source[partition].Reader).ToArray();
            var sums = new KeyedSums(state?[p]);
            tasks.Add(Task.Run(() => RunPartitionAsync(partition, readers, sums, sink.Writer, token)));
        }

        tasks.Add(Task.Run(() => RunSinkAsync(sink.Reader, token)));
        tasks.Add(Task.Run(() => RunSnapshotTimerAsync(token)));
        _tasks = [.. tasks];
        return Task.CompletedTask;
    }

    private async Task StopAsync()
    {
        _stop.Cancel();
        try
        {
            await Task.WhenAll(_tasks);
        }
        catch (OperationCanceledException)
        {
        }

        // Snapshot files still being written belong to this run: finish them before the directory goes.
        Task[] writes;
        lock (_writes)
        {
            writes = [.. _writes];
        }

        await Task.WhenAll(writes);
    }

    private async Task RunSnapshotTimerAsync(CancellationToken token)
    {
        if (!config.Checkpoints)
        {
            return;
        }

        using var timer = new PeriodicTimer(config.CheckpointInterval);
        while (await timer.WaitForNextTickAsync(token))
        {
            // One snapshot at a time, as GrainFlow's maxConcurrent of 1.
            if (_snapshots.LastCompleted == _snapshots.Requested)
            {
                _snapshots.Request(MonotonicClock.NowMicros);
            }
        }
    }

    private async Task RunSourceAsync(int index, RecordSource source, ChannelWriter<LimitMessage>[] writers, CancellationToken token)
    {
        var cut = _snapshots.Requested;
        while (!token.IsCancellationRequested)
        {
            var requested = _snapshots.Requested;
            if (requested > cut)
            {
                cut = requested;
                _snapshots.RecordOffset(cut, index, source.Next);
                foreach (var writer in writers)
                {
                    await writer.WriteAsync(new LimitMessage(null, cut), token);
                }
            }

            var batch = source.NextBatch(BatchSize);
            if (batch.Count == 0)
            {
                await Task.Delay(source.UntilNext(), token);
                continue;
            }

            if (writers.Length == 1)
            {
                await writers[0].WriteAsync(new LimitMessage(batch, 0), token);
                continue;
            }

            var parts = Partitioning.Split(batch, writers.Length);
            for (var p = 0; p < parts.Length; p++)
            {
                await writers[p].WriteAsync(new LimitMessage(parts[p], 0), token);
            }
        }
    }

    private async Task RunPartitionAsync(int partition, ChannelReader<LimitMessage>[] readers, KeyedSums sums, ChannelWriter<SumBatch> sink,
        CancellationToken token)
    {
        var blocked = new bool[readers.Length];
        var barriers = 0;
        while (!token.IsCancellationRequested)
        {
            var progressed = false;
            for (var s = 0; s < readers.Length; s++)
            {
                if (blocked[s] || !readers[s].TryRead(out var message))
                {
                    continue;
                }

                progressed = true;
                if (message.Batch is { } batch)
                {
                    await sink.WriteAsync(config.Shape == PipelineShape.KeyedSum ? sums.Apply(batch) : PassThrough(batch), token);
                    continue;
                }

                blocked[s] = true;
                if (++barriers < readers.Length)
                {
                    continue;
                }

                var copy = sums.State.ToArray();
                var snapshot = message.Barrier;
                // On a thread of its own, as GrainFlow's storage does: the write ends in a flush to disk that would
                // otherwise hold a pool thread the partitions need.
                var write = Task.Factory.StartNew(
                    () => _snapshots.PartitionWritten(snapshot, SnapshotFile.Write(FileOf(partition), copy), MonotonicClock.NowMicros),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                lock (_writes)
                {
                    _writes.RemoveAll(w => w.IsCompleted);
                    _writes.Add(write);
                }

                Array.Clear(blocked);
                barriers = 0;
            }

            if (!progressed)
            {
                await Task.WhenAny(readers.Where((_, s) => !blocked[s]).Select(r => r.WaitToReadAsync(token).AsTask()));
            }
        }
    }

    private async Task RunSinkAsync(ChannelReader<SumBatch> reader, CancellationToken token)
    {
        await foreach (var batch in reader.ReadAllAsync(token))
        {
            Probe.AddStamped(batch.Stamps.AsSpan(0, batch.Count));
        }
    }

    private static SumBatch PassThrough(KeyBatch batch) => new(batch.Keys, batch.Values, batch.Values, batch.Stamps, batch.Count);

    private string FileOf(int partition) => Path.Combine(directory, $"partition-{partition}.snapshot");
}
