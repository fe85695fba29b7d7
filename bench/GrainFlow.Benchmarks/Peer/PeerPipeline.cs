using System.Buffers;
using Akka;
using Akka.Actor;
using Akka.Configuration;
using Akka.Streams;
using Akka.Streams.Dsl;
using Akka.Util;
using GrainFlow.Benchmarks.Harness;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Peer;

/// <summary>
/// The peer: Akka.Streams sources (one per source subtask) merged, routed by key hash with <c>GroupBy</c> into one
/// substream per partition, each asking its <see cref="KeyedSumActor"/> (Akka.Persistence: in-memory journal, the
/// built-in local file snapshot store) with a few batches in flight, merged into a counting sink. What the stream's
/// elements are is <see cref="PeerElements"/>: records (variant <c>peer</c>) or columnar batches (<c>peer-batched</c>).
/// Snapshots of every actor's state are requested on the checkpoint interval; they are not aligned with the stream
/// (Akka has no barriers), which makes the peer's job easier than GrainFlow's, not harder.
/// </summary>
public sealed class PeerPipeline(PipelineConfig config, string directory, PeerElements elements) : IRestorablePipeline
{
    private const int BatchSize = 1000;

    /// <summary>How long <c>GroupedWithin</c> holds a partial group of records: GrainFlow's buffer timeout.</summary>
    private static readonly TimeSpan GroupDelay = TimeSpan.FromMilliseconds(5);
    private readonly string[] _keys = KeyNames.Create(config.Keys);
    private readonly int _partitions = config.Shape == PipelineShape.KeyedSum ? config.Parallelism : 1;
    private readonly PeerSnapshotStats _stats = new(config.Shape == PipelineShape.KeyedSum ? config.Parallelism : 1, directory);
    private ActorSystem? _system;
    private IActorRef[] _actors = [];
    private UniqueKillSwitch? _killSwitch;
    private ICancelable? _snapshotTimer;
    private long[] _offsets = [];
    private Task _streamDone = Task.CompletedTask;

    public string Variant => elements == PeerElements.Records ? "peer" : "peer-batched";

    public PipelineProbe Probe { get; private set; } = new(config.RecordLatency);

    public Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        var hocon = $$"""
            akka.loglevel = WARNING
            # Per-record elements cross async boundaries in batches of the input buffer; the default (16) is for
            # messages, not for millions of small records a second.
            akka.stream.materializer.initial-input-buffer-size = 1024
            akka.stream.materializer.max-input-buffer-size = 1024
            akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.local"
            akka.persistence.snapshot-store.local.dir = "{{directory.Replace("\\", "/")}}"
            # The default 10 s call timeout fails snapshots of 1 M keys here; let them take what they take.
            akka.persistence.snapshot-store.local.circuit-breaker.call-timeout = 300s
            """;
        _system = ActorSystem.Create("peer", ConfigurationFactory.ParseString(hocon));
        _offsets = Enumerable.Range(0, config.Parallelism).Select(i => (long)i).ToArray();
        Run(CreateActors());
        return Task.CompletedTask;
    }

    public Task<CheckpointFigures> CheckpointsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult(CheckpointFigures.InWindow(_stats.Completed, from, to));

    public async Task CheckpointAndStopAsync()
    {
        var id = _stats.Request();
        foreach (var actor in _actors)
        {
            actor.Tell(new TakeSnapshot(id));
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (_stats.LastCompleted < id && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        if (_stats.LastCompleted < id)
        {
            throw new TimeoutException($"Snapshot {id} did not complete within 2 minutes.");
        }

        await StopStreamAndActorsAsync();
        Interlocked.Exchange(ref _stats.RestoredKeys, 0);
    }

    /// <summary>
    /// Starts the actors, which recover from their latest snapshots, and the stream once every one has recovered.
    /// Each actor recovers on its own, so a stream started at once reached the sink through the first actor while the
    /// other was still reading its snapshot, and the measured restore covered half the keys. GrainFlow's likewise
    /// starts its sources only when every subtask has restored.
    /// </summary>
    public async Task RestartFromCheckpointAsync()
    {
        Probe = new PipelineProbe(config.RecordLatency);
        Interlocked.Exchange(ref _stats.RecoveredPartitions, 0);
        var actors = CreateActors();
        await Measurement.WaitAsync(() => Volatile.Read(ref _stats.RecoveredPartitions) == actors.Length, TimeSpan.FromMinutes(2),
            "the keyed-sum actors to recover");
        Run(actors);
    }

    public Task<string> RestoreEvidenceAsync() => Task.FromResult($"recovered {Interlocked.Read(ref _stats.RestoredKeys)} keys from the local snapshot store");

    public async ValueTask DisposeAsync()
    {
        if (_system is null)
        {
            return;
        }

        await StopStreamAndActorsAsync();
        await _system.Terminate();
        _system = null;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private IActorRef[] CreateActors()
    {
        var system = _system!;
        _actors = Enumerable.Range(0, _partitions).Select(p => system.ActorOf(KeyedSumActor.Props($"sums-{p}", _stats), $"sums-{p}-{Guid.NewGuid():n}")).ToArray();
        return _actors;
    }

    private void Run(IActorRef[] actors)
    {
        var system = _system!;
        var sources = Enumerable.Range(0, config.Parallelism)
            .Select(i => new RecordSource(_keys, i, config.Parallelism, config.RatePerSecond, _offsets[i]))
            .ToArray();
        _offsets = sources.Select(s => s.Next).ToArray();
        var probe = Probe;
        var timeout = TimeSpan.FromSeconds(30);
        var (killSwitch, done) = (config.Shape, elements) switch
        {
            (PipelineShape.KeyedSum, PeerElements.Records) => Materialize<PeerSum[]>(
                (Source<PeerSum[], NotUsed>)MergedRecords()
                    .GroupedWithin(BatchSize, GroupDelay)
                    .SelectMany(group => group.GroupBy(r => Partitioning.PartitionOf(r.Key, actors.Length)).Select(g => (Partition: g.Key, Records: (IReadOnlyList<PeerRecord>)g.ToList())))
                    .GroupBy(actors.Length, x => x.Partition)
                    .SelectAsync(4, x => actors[x.Partition].Ask<PeerSum[]>(x.Records, timeout))
                    .MergeSubstreams(),
                sums => AddStamped(probe, sums, sum => sum.Stamp)),
            (PipelineShape.KeyedSum, _) => Materialize<SumBatch>(
                (Source<SumBatch, NotUsed>)MergedBatches()
                    .SelectMany(batch => Partitioning.Split(batch, actors.Length).Select((part, p) => (Partition: p, Part: part)))
                    .GroupBy(actors.Length, x => x.Partition)
                    .SelectAsync(4, x => actors[x.Partition].Ask<SumBatch>(x.Part, timeout))
                    .MergeSubstreams(),
                batch => probe.AddStamped(batch.Stamps.AsSpan(0, batch.Count))),
            (_, PeerElements.Records) => Materialize(
                MergedRecords().GroupedWithin(BatchSize, GroupDelay).Select(group => group as IReadOnlyList<PeerRecord> ?? group.ToList()),
                records => AddStamped(probe, records, record => record.Stamp)),
            _ => Materialize(
                MergedBatches(),
                batch => probe.AddStamped(batch.Stamps.AsSpan(0, batch.Count))),
        };
        _killSwitch = killSwitch;
        _streamDone = done;
        if (config.Checkpoints && config.Shape == PipelineShape.KeyedSum)
        {
            _snapshotTimer = system.Scheduler.Advanced.ScheduleRepeatedlyCancelable(config.CheckpointInterval, config.CheckpointInterval, () =>
            {
                if (_stats.LastCompleted == _stats.LastRequested)
                {
                    var id = _stats.Request();
                    foreach (var actor in actors)
                    {
                        actor.Tell(new TakeSnapshot(id));
                    }
                }
            });
        }

        (UniqueKillSwitch, Task) Materialize<T>(Source<T, NotUsed> outputs, Action<T> sink) => outputs
            .ViaMaterialized(KillSwitches.Single<T>(), Keep.Right)
            .ToMaterialized(Sink.ForEach(sink), Keep.Both)
            .Run(system.Materializer());

        // Each source is its own async island, as each of GrainFlow's source subtasks runs on its own.
        Source<KeyBatch, NotUsed> MergedBatches() => sources.Select((s, i) => Batches(s, i).Async()).Aggregate((a, b) => a.Merge(b));

        Source<PeerRecord, NotUsed> MergedRecords() => sources.Select((s, i) => Batches(s, i).SelectMany(Records).Async()).Aggregate((a, b) => a.Merge(b));

        Source<KeyBatch, NotUsed> Batches(RecordSource source, int index) =>
            Source.UnfoldAsync(0, async _ =>
            {
                var batch = source.NextBatch(BatchSize);
                while (batch.Count == 0)
                {
                    await Task.Delay(source.UntilNext());
                    batch = source.NextBatch(BatchSize);
                }

                _offsets[index] = source.Next;
                return Option<(int, KeyBatch)>.Create((0, batch));
            });
    }

    /// <summary>A generated batch as the records an Akka user's source would emit one by one.</summary>
    private static IEnumerable<PeerRecord> Records(KeyBatch batch)
    {
        for (var r = 0; r < batch.Count; r++)
        {
            yield return new PeerRecord(batch.Keys[r], batch.Values[r], batch.Stamps[r]);
        }
    }

    /// <summary>
    /// Hands one answer's stamps to the probe, which records latency per answer as it does per batch for the other
    /// variants. The stamps go through a rented buffer, so measuring allocates nothing on the peer's account.
    /// </summary>
    private static void AddStamped<T>(PipelineProbe probe, IReadOnlyList<T> items, Func<T, long> stamp)
    {
        var stamps = ArrayPool<long>.Shared.Rent(items.Count);
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                stamps[i] = stamp(items[i]);
            }

            probe.AddStamped(stamps.AsSpan(0, items.Count));
        }
        finally
        {
            ArrayPool<long>.Shared.Return(stamps);
        }
    }

    private async Task StopStreamAndActorsAsync()
    {
        _snapshotTimer?.Cancel();
        _killSwitch?.Shutdown();
        try
        {
            await _streamDone.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or AskTimeoutException)
        {
        }

        await Task.WhenAll(_actors.Select(actor => actor.GracefulStop(TimeSpan.FromSeconds(30))));
        _actors = [];
    }
}
