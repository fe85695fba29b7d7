using Akka.Actor;
using Akka.Persistence;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Peer;

/// <summary>
/// One hash partition of the peer's keyed sum: a persistent actor with a dictionary of sums, answering each batch
/// (a group of <see cref="PeerRecord"/>s, or a columnar <see cref="KeyBatch"/>) with its output. On
/// <see cref="TakeSnapshot"/> it journals a marker and saves a copy of its state to the snapshot store, which
/// serialises and writes it while the actor goes on; recovery starts from the latest snapshot.
/// </summary>
public sealed class KeyedSumActor : ReceivePersistentActor
{
    private readonly PeerSnapshotStats _stats;
    private KeyedSums _sums = new();
    private long _pendingId;

    public KeyedSumActor(string persistenceId, PeerSnapshotStats stats)
    {
        PersistenceId = persistenceId;
        _stats = stats;
        Recover<SnapshotOffer>(offer => _sums = new KeyedSums(FromSnapshot((PeerSnapshot)offer.Snapshot)));
        Recover<SnapshotTaken>(_ => { });
        Recover<RecoveryCompleted>(_ =>
        {
            Interlocked.Add(ref _stats.RestoredKeys, _sums.State.Count);
            Interlocked.Increment(ref _stats.RecoveredPartitions);
        });
        Command<KeyBatch>(batch => Sender.Tell(_sums.Apply(batch)));
        Command<IReadOnlyList<PeerRecord>>(records => Sender.Tell(Apply(records)));
        Command<TakeSnapshot>(take => Persist(new SnapshotTaken(take.Id), taken => SaveSnapshot(ToSnapshot(taken.Id))));
        Command<SaveSnapshotSuccess>(_ => _stats.Saved(_pendingId));
        Command<SaveSnapshotFailure>(failure => throw failure.Cause);
    }

    public override string PersistenceId { get; }

    public static Props Props(string persistenceId, PeerSnapshotStats stats) => Akka.Actor.Props.Create(() => new KeyedSumActor(persistenceId, stats));

    private PeerSum[] Apply(IReadOnlyList<PeerRecord> records)
    {
        var output = new PeerSum[records.Count];
        for (var r = 0; r < output.Length; r++)
        {
            var record = records[r];
            var entry = _sums.Add(record.Key, record.Value);
            output[r] = new PeerSum(record.Key, entry.Sum, entry.Count, record.Stamp);
        }

        return output;
    }

    private PeerSnapshot ToSnapshot(long id)
    {
        _pendingId = id;
        var state = _sums.State;
        var snapshot = new PeerSnapshot { Keys = new string[state.Count], Sums = new long[state.Count], Counts = new long[state.Count] };
        var i = 0;
        foreach (var (key, value) in state)
        {
            snapshot.Keys[i] = key;
            snapshot.Sums[i] = value.Sum;
            snapshot.Counts[i++] = value.Count;
        }

        return snapshot;
    }

    private static Dictionary<string, SumAndCount> FromSnapshot(PeerSnapshot snapshot)
    {
        var state = new Dictionary<string, SumAndCount>(snapshot.Keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Keys.Length; i++)
        {
            state[snapshot.Keys[i]] = new SumAndCount { Sum = snapshot.Sums[i], Count = snapshot.Counts[i] };
        }

        return state;
    }
}
