using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;
using Xunit;

namespace GrainFlow.Tests.State;

/// <summary>
/// The hash table under keyed state, and the copy-on-write map over it: checkpoints copy its arrays as blocks and
/// reuse a released snapshot's arrays, so these pin what a copy must and must not carry over.
/// </summary>
public sealed class StateMapTests
{
    [Fact]
    public void Values_written_are_read_back_and_absent_keys_are_absent()
    {
        var map = MapOf(Enumerable.Range(0, 10_000).Select(i => ($"k{i}", (long)i)));
        map.GetValueRefOrAddDefault(Key("k42"), out var existed) = 4_200;

        Assert.True(existed);
        Assert.Equal(10_000, map.Count);
        Assert.True(map.TryGetValue(Key("k42"), out var value));
        Assert.Equal(4_200, value);
        Assert.True(map.TryGetValue(Key("k9999"), out value));
        Assert.Equal(9_999, value);
        Assert.False(map.TryGetValue(Key("k10000"), out _));
    }

    [Fact]
    public void Removed_keys_are_gone_and_their_slots_are_reused_without_their_old_values()
    {
        var map = MapOf(Enumerable.Range(0, 100).Select(i => ($"k{i}", (long)i + 1)));
        for (var i = 0; i < 100; i += 2)
        {
            Assert.True(map.Remove(Key($"k{i}")));
        }

        Assert.False(map.Remove(Key("k0")));
        ref var added = ref map.GetValueRefOrAddDefault(Key("new"), out var existed);

        Assert.False(existed);
        Assert.Equal(0, added);
        Assert.Equal(51, map.Count);
        Assert.Equal(
            Enumerable.Range(0, 100).Where(i => i % 2 == 1).Select(i => $"k{i}").Append("new").Order(),
            map.Keys.Order());
        Assert.Equal(Enumerable.Range(0, 100).Where(i => i % 2 == 1).Sum(i => i + 1), map.Sum(e => e.Value));
    }

    [Fact]
    public void A_clone_and_its_original_change_independently()
    {
        var original = MapOf([("a", 1), ("b", 2)]);
        var clone = original.Clone(null, null);

        clone.Set(Key("a"), 10);
        clone.Remove(Key("b"));
        original.Set(Key("c"), 3);

        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, Contents(original));
        Assert.Equal(new Dictionary<string, long> { ["a"] = 10 }, Contents(clone));
    }

    [Fact]
    public void A_clone_into_a_recycled_map_that_held_more_entries_holds_and_writes_exactly_the_originals()
    {
        // Both grow to the same capacity (256), so the clone goes into the recycled map's arrays; the recycled map's
        // longer keys filled more of its key arena than the original's.
        var original = MapOf(Enumerable.Range(0, 150).Select(i => ($"k{i}", (long)i)));
        var recycled = MapOf(Enumerable.Range(0, 250).Select(i => ($"an old and much longer key {i}", -1L)));
        recycled.Recycle();

        var clone = original.Clone(null, recycled);
        ref var added = ref clone.GetValueRefOrAddDefault(Key("k150"), out var existed);
        original.Remove(Key("k0"));

        Assert.Same(recycled, clone);
        Assert.False(existed);
        Assert.Equal(0, added);
        Assert.False(clone.TryGetValue(Key("an old and much longer key 200"), out _));
        Assert.Equal(151, clone.Count);
        Assert.Equal(Enumerable.Range(0, 150).Sum(i => (long)i), clone.Sum(e => e.Value));
        Assert.Equal(EncodedAsStrings(clone), Written(clone));
        Assert.Equal(EncodedAsStrings(original), Written(original));
    }

    [Fact]
    public void A_clone_copies_mutable_values_so_writes_to_them_do_not_reach_the_original()
    {
        var original = new StateMap<List<int>>();
        original.Set(Key("a"), [1, 2]);
        var clone = original.Clone(list => [.. list], null);

        Assert.True(clone.TryGetValue(Key("a"), out var list));
        list.Add(3);

        Assert.True(original.TryGetValue(Key("a"), out var unchanged));
        Assert.Equal([1, 2], unchanged);
    }

    [Fact]
    public void A_pinned_map_is_not_changed_by_later_writes_and_is_reused_once_released()
    {
        var cow = new CopyOnWriteStateMap<long>(new Int64StateSerializer(), new WriteEpochs());
        cow.Writable.Set(Key("a"), 1);
        var first = cow.Pin();

        cow.Writable.Set(Key("a"), 2);
        cow.Writable.Set(Key("b"), 3);

        Assert.Equal(new Dictionary<string, long> { ["a"] = 1 }, Contents(first));
        var second = cow.Pin();
        cow.Unpin(first);
        cow.Writable.Set(Key("a"), 4);

        Assert.Same(first, cow.Entries);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 2, ["b"] = 3 }, Contents(second));
        Assert.Equal(new Dictionary<string, long> { ["a"] = 4, ["b"] = 3 }, Contents(cow.Entries));
    }

    [Fact]
    public void A_map_pinned_by_two_snapshots_is_copied_once_and_kept_until_both_let_go()
    {
        var cow = new CopyOnWriteStateMap<long>(new Int64StateSerializer(), new WriteEpochs());
        cow.Writable.Set(Key("a"), 1);
        var first = cow.Pin();
        var second = cow.Pin();

        cow.Writable.Set(Key("a"), 2);
        cow.Unpin(first);
        cow.Writable.Set(Key("a"), 3);

        Assert.Same(first, second);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1 }, Contents(second));
        cow.Unpin(second);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 3 }, Contents(cow.Entries));
    }

    [Fact]
    public void Written_entries_are_each_key_encoded_as_a_string_then_its_value()
    {
        var longKey = new string('x', 200);
        var map = MapOf([("k1", 1), ("ключ", -2), ("鍵🔑", 3), (longKey, long.MaxValue), ("", 0)]);

        Assert.Equal(EncodedAsStrings(map), Written(map));
    }

    [Fact]
    public void Keys_removed_and_added_again_many_times_are_written_once_each_with_their_last_values()
    {
        var map = MapOf(Enumerable.Range(0, 1_000).Select(i => ($"k{i}", (long)i)));
        for (var round = 1; round <= 20; round++)
        {
            for (var i = round % 3; i < 1_000; i += 3)
            {
                map.Remove(Key($"k{i}"));
            }

            for (var i = round % 3; i < 1_000 + (10 * round); i += 3)
            {
                map.Set(Key($"k{i}"), (100 * round) + i);
            }
        }

        Assert.Equal(1_191, map.Count);
        Assert.Equal(1_191, map.Keys.Distinct().Count());
        Assert.True(map.TryGetValue(Key("k1189"), out var last));
        Assert.Equal(3_089, last);
        Assert.Equal(EncodedAsStrings(map), Written(map));
    }

    private static StateKey Key(string value) => new(value);

    /// <summary>What the map's entries encode to when each key string is encoded afresh.</summary>
    private static byte[] EncodedAsStrings(StateMap<long> map)
    {
        var writer = new StateWriter();
        foreach (var (key, value) in map)
        {
            writer.WriteString(key);
            writer.WriteVarInt64(value);
        }

        return writer.ToArray();
    }

    private static byte[] Written(StateMap<long> map)
    {
        var writer = new StateWriter();
        map.WriteEntries(writer, new Int64StateSerializer());
        return writer.ToArray();
    }

    private static StateMap<long> MapOf(IEnumerable<(string Key, long Value)> entries)
    {
        var map = new StateMap<long>();
        foreach (var (key, value) in entries)
        {
            map.Set(Key(key), value);
        }

        return map;
    }

    private static Dictionary<string, long> Contents(StateMap<long> map) => map.ToDictionary(e => e.Key, e => e.Value);
}
