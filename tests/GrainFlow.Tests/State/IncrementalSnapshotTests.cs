using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using Xunit;

namespace GrainFlow.Tests.State;

public sealed class IncrementalSnapshotTests
{
    /// <summary>Reads <see cref="long.MinValue"/> for a key without a sum, so the tests can tell it from a sum of zero.</summary>
    private static readonly ValueStateDescriptor<long> Sum = new("sum", long.MinValue);
    private static readonly ListStateDescriptor<string> Items = new("items");
    private static readonly MapStateDescriptor<string, int> Counts = new("counts");

    [Fact]
    public void An_increment_holds_only_the_keys_written_since_its_base()
    {
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        Write(backend, sum, Enumerable.Range(0, 1_000), value: 1);
        var full = backend.Snapshot();
        Write(backend, sum, [3, 14, 159], value: 2);

        var increment = backend.Snapshot(full.Epoch);

        Assert.True(increment.IsIncrement);
        Assert.Equal(full.Epoch, increment.Base);
        var alone = KeyedStateFixture.Backend();
        alone.Restore([increment.Serialize()]);
        var restoredSum = alone.GetState(Sum);
        Assert.Equal(3, alone.KeyCount);
        Assert.Equal([2L, 2L, 2L], new[] { "k3", "k14", "k159" }.Select(k => Value(alone, restoredSum, k)));
    }

    [Fact]
    public void A_full_snapshot_and_its_increments_restore_the_live_state_including_removals()
    {
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        var items = backend.GetListState(Items);
        var counts = backend.GetMapState(Counts);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            backend.Select(key);
            sum.Update(key[0]);
            items.Add(key);
            counts.Put(key, 1);
        }

        var full = backend.Snapshot();
        backend.Select("b");
        sum.Clear();
        items.Clear();
        backend.Select("c");
        counts.Remove("c");
        items.Add("c2");
        var first = backend.Snapshot(full.Epoch);
        backend.Select("e");
        sum.Update(5);
        backend.Select("a");
        counts.Put("a", 2);
        var second = backend.Snapshot(first.Epoch);

        var restored = KeyedStateFixture.Backend();
        restored.Restore([full.Serialize(), first.Serialize(), second.Serialize()]);

        Assert.Equal(Contents(backend), Contents(restored));
        Assert.Equal(
            "a: sum=97 items=[a] counts={a=2}; b: sum=- items=[] counts={b=1}; c: sum=99 items=[c,c2] counts={}; d: sum=100 items=[d] counts={d=1}; e: sum=5 items=[] counts={}",
            Contents(restored));
    }

    [Fact]
    public void A_key_removed_and_written_again_after_the_base_arrives_as_its_new_value()
    {
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        Write(backend, sum, [1], value: 10);
        var full = backend.Snapshot();
        backend.Select("k1");
        sum.Clear();
        sum.Update(11);

        var restored = KeyedStateFixture.Backend();
        restored.Restore([full.Serialize(), backend.Snapshot(full.Epoch).Serialize()]);

        Assert.Equal(11, Value(restored, restored.GetState(Sum), "k1"));
    }

    [Fact]
    public void An_increment_over_an_older_snapshot_carries_every_change_since_that_one()
    {
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        Write(backend, sum, [1, 2], value: 1);
        var full = backend.Snapshot();
        Write(backend, sum, [1], value: 2);
        backend.Snapshot().Release(); // a checkpoint that never completed: nothing may build on it
        Write(backend, sum, [2], value: 3);

        var restored = KeyedStateFixture.Backend();
        restored.Restore([full.Serialize(), backend.Snapshot(full.Epoch).Serialize()]);

        var restoredSum = restored.GetState(Sum);
        Assert.Equal([2L, 3L], new[] { "k1", "k2" }.Select(k => Value(restored, restoredSum, k)));
    }

    [Fact]
    public void Removals_before_a_confirmed_base_are_not_carried_again()
    {
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        Write(backend, sum, [1, 2], value: 1);
        var full = backend.Snapshot();
        backend.Select("k1");
        sum.Clear();
        var first = backend.Snapshot(full.Epoch);
        backend.OnSnapshotConfirmed(first.Epoch);
        Write(backend, sum, [2], value: 2); // the next write copies the map, and the copy forgets k1's removal

        var second = backend.Snapshot(first.Epoch);

        var chain = KeyedStateFixture.Backend();
        chain.Restore([full.Serialize(), first.Serialize(), second.Serialize()]);
        var withoutFirst = KeyedStateFixture.Backend();
        withoutFirst.Restore([full.Serialize(), second.Serialize()]);
        Assert.Equal("k2: sum=2 items=[] counts={}", Contents(chain));
        Assert.Equal("k1: sum=1 items=[] counts={}; k2: sum=2 items=[] counts={}", Contents(withoutFirst));
    }

    [Fact]
    public void A_backend_restored_from_increments_at_another_parallelism_holds_the_same_state()
    {
        var old = new[] { Incremental(0, 2), Incremental(1, 2) };
        var payloads = new List<ReadOnlyMemory<byte>>();
        foreach (var backend in old)
        {
            var sum = backend.GetState(Sum);
            var owned = Enumerable.Range(0, 200).Where(i => Owns(backend, $"k{i}")).ToList();
            Write(backend, sum, owned, value: 1);
            var full = backend.Snapshot();
            Write(backend, sum, owned.Where(i => i % 3 == 0), value: 7);
            backend.Select($"k{owned[1]}");
            sum.Clear();
            payloads.Add(full.Serialize());
            payloads.Add(backend.Snapshot(full.Epoch).Serialize());
        }

        var rescaled = KeyedStateFixture.Backend();
        rescaled.Restore(payloads);

        var expected = Contents(old[0]).Split("; ").Concat(Contents(old[1]).Split("; ")).OrderBy(line => line.Split(':')[0], StringComparer.Ordinal);
        Assert.Equal(string.Join("; ", expected), Contents(rescaled));
        Assert.Equal(198, rescaled.KeyCount);
    }

    [Fact]
    public void A_backend_not_made_incremental_refuses_an_increment()
    {
        var backend = KeyedStateFixture.Backend();
        var full = backend.Snapshot();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => backend.Snapshot(full.Epoch));

        Assert.Equal("since", error.ParamName);
        Assert.Contains("not created incremental", error.Message);
    }

    [Fact]
    public void An_increment_must_build_on_an_epoch_the_backend_has_taken()
    {
        var backend = Incremental();
        backend.Snapshot();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => backend.Snapshot(new SnapshotEpoch(1)));

        Assert.Contains("the epochs taken so far are 0 to 0", error.Message);
    }

    [Fact]
    public void Random_writes_and_removals_over_a_chain_of_increments_restore_exactly()
    {
        var random = new Random(20261202);
        var backend = Incremental();
        var sum = backend.GetState(Sum);
        var items = backend.GetListState(Items);
        var counts = backend.GetMapState(Counts);
        var payloads = new List<ReadOnlyMemory<byte>>();
        SnapshotEpoch? last = null;
        for (var round = 0; round < 8; round++)
        {
            for (var op = 0; op < 400; op++)
            {
                backend.Select($"k{random.Next(150)}");
                switch (random.Next(6))
                {
                    case 0: sum.Update(random.Next(1000)); break;
                    case 1: sum.Clear(); break;
                    case 2: items.Add($"v{random.Next(9)}"); break;
                    case 3: items.Clear(); break;
                    case 4: counts.Put($"m{random.Next(4)}", random.Next(9)); break;
                    default: counts.Remove($"m{random.Next(4)}"); break;
                }
            }

            var snapshot = backend.Snapshot(last);
            payloads.Add(snapshot.Serialize());
            snapshot.Release();
            backend.OnSnapshotConfirmed(snapshot.Epoch);
            last = snapshot.Epoch;
        }

        var restored = KeyedStateFixture.Backend();
        restored.Restore(payloads);

        Assert.Equal(Contents(backend), Contents(restored));
    }

    private static HeapKeyedStateBackend Incremental(int index = 0, int parallelism = 1) =>
        new(KeyGroupAssigner.RangeFor(index, KeyedStateFixture.MaxParallelism, parallelism), KeyedStateFixture.MaxParallelism,
            KeyedStateFixture.Serializers, incremental: true);

    private static bool Owns(HeapKeyedStateBackend backend, string key) =>
        backend.KeyGroupRange.Contains(KeyGroupAssigner.KeyGroupFor(key, backend.MaxParallelism));

    private static void Write(HeapKeyedStateBackend backend, IValueState<long> sum, IEnumerable<int> keys, long value)
    {
        foreach (var key in keys)
        {
            backend.Select($"k{key}");
            sum.Update(value);
        }
    }

    private static long? Value(HeapKeyedStateBackend backend, IValueState<long> sum, string key)
    {
        backend.Select(key);
        return sum.Value();
    }

    /// <summary>Every key (of a-e and k0-k199) this backend owns and holds any state for, with its three states, in key order.</summary>
    private static string Contents(HeapKeyedStateBackend backend)
    {
        var sum = backend.GetState(Sum);
        var items = backend.GetListState(Items);
        var counts = backend.GetMapState(Counts);
        var lines = new List<string>();
        var candidates = new[] { "a", "b", "c", "d", "e" }.Concat(Enumerable.Range(0, 200).Select(i => $"k{i}"));
        foreach (var key in candidates.Where(k => Owns(backend, k)).Order(StringComparer.Ordinal))
        {
            backend.Select(key);
            var value = sum.Value() is var v && v != long.MinValue ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
            if (value == "-" && !items.Get().Any() && counts.IsEmpty())
            {
                continue;
            }

            var map = string.Join(",", counts.Entries().OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
            lines.Add($"{key}: sum={value} items=[{string.Join(",", items.Get())}] counts={{{map}}}");
        }

        return string.Join("; ", lines);
    }
}
