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
/// The peer: Akka.Streams sources (one per source subtask) merged, batches split by key hash, <c>GroupBy</c> into
/// one substream per partition, each asking its <see cref="KeyedSumActor"/> (Akka.Persistence: in-memory journal,
/// the built-in local file snapshot store) with a few batches in flight, merged into a counting sink. Snapshots of
/// every actor's state are requested on the checkpoint interval; they are not aligned with the stream (Akka has no
/// barriers), which makes the peer's job easier than GrainFlow's, not harder.
/// </summary>
public sealed class PeerPipeline(PipelineConfig config, string directory) : IRestorablePipeline
{
    private const int BatchSize = 1000;
    private readonly string[] _keys = KeyNames.Create(config.Keys);
    private readonly int _partitions = config.Shape == PipelineShape.KeyedSum ? config.Parallelism : 1;
    private readonly PeerSnapshotStats _stats = new(config.Shape == PipelineShape.KeyedSum ? config.Parallelism : 1, directory);
    private ActorSystem? _system;
    private IActorRef[] _actors = [];
    private UniqueKillSwitch? _killSwitch;
    private ICancelable? _snapshotTimer;
    private long[] _offsets = [];
    private Task _streamDone = Task.CompletedTask;

    public string Variant => "peer";

    public PipelineProbe Probe { get; private set; } = new(config.RecordLatency);

    public Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        var hocon = $$"""
            akka.loglevel = WARNING
            akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
            akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.local"
            akka.persistence.snapshot-store.local.dir = "{{directory.Replace("\\", "/")}}"
            # The default 10 s call timeout fails snapshots of 1 M keys here; let them take what they take.
            akka.persistence.snapshot-store.local.circuit-breaker.call-timeout = 300s
            """;
        _system = ActorSystem.Create("peer", ConfigurationFactory.ParseString(hocon));
        _offsets = Enumerable.Range(0, config.Parallelism).Select(i => (long)i).ToArray();
        Run();
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

    public Task RestartFromCheckpointAsync()
    {
        Probe = new PipelineProbe(config.RecordLatency);
        Run();
        return Task.CompletedTask;
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

    private void Run()
    {
        var system = _system!;
        _actors = Enumerable.Range(0, _partitions).Select(p => system.ActorOf(KeyedSumActor.Props($"sums-{p}", _stats), $"sums-{p}-{Guid.NewGuid():n}")).ToArray();
        var sources = Enumerable.Range(0, config.Parallelism)
            .Select(i => new RecordSource(_keys, i, config.Parallelism, config.RatePerSecond, _offsets[i]))
            .ToArray();
        _offsets = sources.Select(s => s.Next).ToArray();
        var merged = sources.Select(Batches).Aggregate((a, b) => a.Merge(b));
        var probe = Probe;
        var actors = _actors;
        var timeout = TimeSpan.FromSeconds(30);
        Source<SumBatch, NotUsed> outputs = config.Shape == PipelineShape.KeyedSum
            ? (Source<SumBatch, NotUsed>)merged
                .SelectMany(batch => Partitioning.Split(batch, actors.Length).Select((part, p) => (Partition: p, Part: part)))
                .GroupBy(actors.Length, x => x.Partition)
                .SelectAsync(4, x => actors[x.Partition].Ask<SumBatch>(x.Part, timeout))
                .MergeSubstreams()
            : merged.Select(batch => new SumBatch(batch.Keys, batch.Values, batch.Values, batch.Stamps, batch.Count));
        var (killSwitch, done) = outputs
            .ViaMaterialized(KillSwitches.Single<SumBatch>(), Keep.Right)
            .ToMaterialized(Sink.ForEach<SumBatch>(batch => probe.AddStamped(batch.Stamps.AsSpan(0, batch.Count))), Keep.Both)
            .Run(system.Materializer());
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
            }).Async();
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
