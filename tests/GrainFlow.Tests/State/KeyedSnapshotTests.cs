using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;
using Xunit;

namespace GrainFlow.Tests.State;

public sealed class KeyedSnapshotTests
{
    private static readonly ValueStateDescriptor<long> Sum = new("sum");
    private static readonly ListStateDescriptor<string> Items = new("items");
    private static readonly MapStateDescriptor<string, int> Counts = new("counts");
    private static readonly ReducingStateDescriptor<(long, long)> Totals = new("totals", (a, b) => (a.Item1 + b.Item1, a.Item2 + b.Item2));

    [Fact]
    public void Every_state_kind_survives_a_snapshot_and_restore()
    {
        var source = KeyedStateFixture.Backend();
        source.Select("a");
        source.GetState(Sum).Update(42);
        source.GetListState(Items).AddAll(["x", "y"]);
        source.GetMapState(Counts).Put("m", 3);
        source.GetReducingState(Totals).Add((10, 1));
        source.GetReducingState(Totals).Add((5, 1));
        source.GetState(new ValueStateDescriptor<Reading>("reading")).Update(new Reading("probe", 2.5));

        var restored = KeyedStateFixture.Backend();
        restored.Restore([source.Snapshot().Serialize()]);

        restored.Select("a");
        Assert.Equal(42, restored.GetState(Sum).Value());
        Assert.Equal(["x", "y"], restored.GetListState(Items).Get());
        Assert.Equal(3, restored.GetMapState(Counts).Get("m"));
        Assert.Equal((15, 2), restored.GetReducingState(Totals).Get());
        Assert.Equal(new Reading("probe", 2.5), restored.GetState(new ValueStateDescriptor<Reading>("reading")).Value());
        Assert.Equal(1, restored.KeyCount);
    }

    [Fact]
    public async Task Writes_after_the_synchronous_capture_never_reach_the_snapshot()
    {
        var backend = KeyedStateFixture.Backend();
        var sum = backend.GetState(Sum);
        var items = backend.GetListState(Items);
        var counts = backend.GetMapState(Counts);
        backend.Select("a");
        sum.Update(1);
        items.Add("first");
        counts.Put("m", 1);

        var snapshot = backend.Snapshot();
        sum.Update(2);
        items.Add("second");
        counts.Put("m", 2);
        counts.Put("n", 1);
        backend.Select("b");
        sum.Update(7);

        using var stream = new MemoryStream();
        await snapshot.WriteAsync(stream);
        snapshot.Release();

        var restored = KeyedStateFixture.Backend();
        restored.Restore([stream.ToArray()]);
        restored.Select("a");
        Assert.Equal(1, restored.GetState(Sum).Value());
        Assert.Equal(["first"], restored.GetListState(Items).Get());
        Assert.Equal([new KeyValuePair<string, int>("m", 1)], restored.GetMapState(Counts).Entries());
        Assert.Equal(1, restored.KeyCount);

        backend.Select("a");
        Assert.Equal(2, sum.Value());
        Assert.Equal(["first", "second"], items.Get());
        Assert.Equal(2, counts.Get("m"));
    }

    [Fact]
    public void A_released_snapshot_can_no_longer_be_serialised()
    {
        var backend = KeyedStateFixture.Backend();
        var snapshot = backend.Snapshot();
        snapshot.Release();
        Assert.Throws<ObjectDisposedException>(() => snapshot.Serialize());
    }

    [Fact]
    public void Restoring_at_parallelism_3_from_parallelism_2_gives_every_key_once_to_its_new_owner()
    {
        const int Keys = 1000;
        var old = Enumerable.Range(0, 2).Select(i => KeyedStateFixture.Backend(i, 2)).ToArray();
        for (var k = 0; k < Keys; k++)
        {
            var key = $"k{k}";
            var owner = old[KeyGroupAssigner.SubtaskForKeyGroup(KeyGroupAssigner.KeyGroupFor(key, 128), 128, 2)];
            owner.Select(key);
            owner.GetState(Sum).Update(k);
        }

        var payloads = old.Select(b => (ReadOnlyMemory<byte>)b.Snapshot().Serialize()).ToArray();
        var rescaled = Enumerable.Range(0, 3).Select(i => KeyedStateFixture.Backend(i, 3)).ToArray();
        foreach (var backend in rescaled)
        {
            backend.Restore(payloads);
            backend.GetState(Sum);
        }

        Assert.Equal(Keys, rescaled.Sum(b => b.KeyCount));
        for (var k = 0; k < Keys; k++)
        {
            var key = $"k{k}";
            var owner = rescaled[KeyGroupAssigner.SubtaskForKeyGroup(KeyGroupAssigner.KeyGroupFor(key, 128), 128, 3)];
            owner.Select(key);
            Assert.Equal(k, owner.GetState(Sum).Value());
        }
    }

    [Fact]
    public void A_snapshot_with_another_max_parallelism_is_refused_naming_both()
    {
        var payload = KeyedStateFixture.Backend(maxParallelism: 256).Snapshot().Serialize();
        var error = Assert.Throws<MaxParallelismMismatchException>(() => KeyedStateFixture.Backend().Restore([payload]));
        Assert.Equal(128, error.BackendMaxParallelism);
        Assert.Equal(256, error.SnapshotMaxParallelism);
        Assert.Contains("256", error.Message);
        Assert.Contains("128", error.Message);
    }

    [Fact]
    public void A_snapshot_holding_a_registered_name_as_another_kind_is_refused()
    {
        var source = KeyedStateFixture.Backend();
        source.GetListState(new ListStateDescriptor<long>("sum"));
        var payload = source.Snapshot().Serialize();
        var target = KeyedStateFixture.Backend();
        target.GetState(Sum);
        var error = Assert.Throws<StateKindMismatchException>(() => target.Restore([payload]));
        Assert.Equal(StateKind.Value, error.Registered);
        Assert.Equal(StateKind.List, error.Found);
    }

    [Fact]
    public void A_restored_name_registered_later_as_another_kind_is_refused()
    {
        var source = KeyedStateFixture.Backend();
        source.GetState(Sum);
        var target = KeyedStateFixture.Backend();
        target.Restore([source.Snapshot().Serialize()]);
        Assert.Throws<StateKindMismatchException>(() => target.GetReducingState(new ReducingStateDescriptor<long>("sum", (a, b) => a + b)));
    }

    [Fact]
    public void A_payload_that_is_not_a_keyed_snapshot_is_refused()
    {
        Assert.Throws<SnapshotFormatException>(() => KeyedStateFixture.Backend().Restore([new byte[] { 1, 2, 3, 4, 5 }]));
    }

    [Fact]
    public void A_snapshot_in_the_format_before_increments_still_restores()
    {
        // Version 1, as GrainFlow wrote it before incremental checkpoints: no increment flag, no removed counts. Two
        // key groups (0-1), one long state "sum", key "a" = 42 in group 1.
        using var writer = StateWriter.Rent(256);
        writer.WriteUInt32(0x534B4647);
        writer.WriteCount(1);
        writer.WriteCount(KeyedStateFixture.MaxParallelism);
        writer.WriteCount(0);
        writer.WriteCount(KeyedStateFixture.MaxParallelism - 1);
        writer.WriteCount(1);
        writer.WriteString("sum");
        writer.WriteByte((byte)StateKind.Value);
        writer.WriteString("long");
        var group = KeyGroupAssigner.KeyGroupFor("a", KeyedStateFixture.MaxParallelism);
        var index = writer.Reserve(4 * (KeyedStateFixture.MaxParallelism + 1));
        var body = writer.Length;
        for (var g = 0; g <= KeyedStateFixture.MaxParallelism; g++)
        {
            writer.WriteUInt32At(index + (4 * g), (uint)(writer.Length - body));
            if (g == group)
            {
                var entries = StateWriter.Rent(16);
                entries.WriteString("a");
                new Int64StateSerializer().Write(entries, 42);
                writer.WriteCount(0);
                writer.WriteCount(1);
                writer.WriteUInt32((uint)entries.Length);
                writer.WriteRaw(entries.Written.Span);
                entries.Dispose();
            }
        }

        var backend = KeyedStateFixture.Backend();
        backend.Restore([writer.ToArray()]);

        backend.Select("a");
        Assert.Equal(42, backend.GetState(Sum).Value());
        Assert.Equal(1, backend.KeyCount);
    }

    [Fact]
    public void A_hundred_thousand_keys_with_long_values_take_under_32_bytes_per_key()
    {
        var backend = KeyedStateFixture.Backend();
        var sum = backend.GetState(Sum);
        for (var i = 0; i < 100_000; i++)
        {
            backend.Select($"key{i:D5}");
            sum.Update(i);
        }

        var bytes = backend.Snapshot().Serialize().Length;

        // Header 21 + index 129 x 4 + 128 group blocks x 8 + keys 100,000 x 9 + zig-zag values 64 x 1 + 8,128 x 2 + 91,808 x 3.
        Assert.Equal(1_193_305, bytes);
        Assert.True(bytes / 100_000.0 < 32);
    }
}
