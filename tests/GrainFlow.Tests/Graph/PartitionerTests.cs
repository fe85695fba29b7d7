using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.State;
using Xunit;

namespace GrainFlow.Tests.Graph;

public sealed class PartitionerTests
{
    private static ExecutionEdge Edge(Partitioning partitioning, int targetParallelism, string? keyBy = null) =>
        new(new("up"), 2, new("down"), targetParallelism, 0, partitioning, keyBy, 128, 0);

    /// <summary>Rows i = 0..count-1 with key "k{i % 50}", value i, and a "tag" present on even rows only.</summary>
    private static RecordBatch Batch(int count)
    {
        var builder = new RecordBatchBuilder();
        var key = builder.Column("key", FieldType.String);
        var value = builder.Column("value", FieldType.Int64);
        var tag = builder.Column("tag", FieldType.String);
        for (var i = 0; i < count; i++)
        {
            builder.AddRow();
            builder.SetString(key, $"k{i % 50}");
            builder.SetInt64(value, i);
            if (i % 2 == 0)
            {
                builder.SetString(tag, $"t{i}");
            }
        }

        return builder.Build();
    }

    [Fact]
    public void A_hash_split_puts_every_row_in_the_target_owning_its_key_group_in_original_order()
    {
        var parts = Partitioner.Split(Batch(1000), "key", 128, 3);

        Assert.Equal(3, parts.Length);
        Assert.Equal(1000, parts.Sum(p => p!.Count));
        for (var target = 0; target < parts.Length; target++)
        {
            var part = parts[target]!;
            var values = Enumerable.Range(0, part.Count).Select(r => part[r].GetInt64("value")).ToArray();
            var expected = Enumerable.Range(0, 1000)
                .Where(i => KeyGroupAssigner.SubtaskForKeyGroup(KeyGroupAssigner.KeyGroupFor($"k{i % 50}", 128), 128, 3) == target)
                .Select(i => (long)i);
            Assert.Equal(expected, values);
            for (var r = 0; r < part.Count; r++)
            {
                var keyGroup = KeyGroupAssigner.KeyGroupFor(part[r].GetString("key"), 128);
                Assert.Equal(keyGroup, part.KeyGroups![r]);
                Assert.Equal(target, KeyGroupAssigner.SubtaskForKeyGroup(keyGroup, 128, 3));
                Assert.Equal(values[r] % 2 == 0, part[r].Has("tag"));
            }
        }
    }

    [Fact]
    public void A_hash_split_to_one_target_keeps_the_columns_and_adds_the_key_groups()
    {
        var batch = Batch(10);

        var part = Assert.Single(Partitioner.Split(batch, "key", 128, 1))!;

        Assert.Same(batch.Columns, part.Columns);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => KeyGroupAssigner.KeyGroupFor($"k{i}", 128)), part.KeyGroups!);
    }

    [Fact]
    public void A_numeric_key_hashes_as_its_invariant_text()
    {
        var builder = new RecordBatchBuilder();
        var id = builder.Column("id", FieldType.Int64);
        builder.AddRow();
        builder.SetInt64(id, 12345);

        var part = Partitioner.Split(builder.Build(), "id", 128, 4).Single(p => p is not null)!;

        Assert.Equal(KeyGroupAssigner.KeyGroupFor("12345", 128), Assert.Single(part.KeyGroups!));
    }

    [Fact]
    public void A_row_without_the_key_field_is_refused()
    {
        var ex = Assert.Throws<RecordFieldException>(() => Partitioner.Split(Batch(3), "tag", 128, 2));

        Assert.Equal("tag", ex.Field);
    }

    [Fact]
    public void Hash_routing_sends_only_non_empty_parts()
    {
        var routed = Partitioner.Route(Edge(Partitioning.Hash, 128, "key"), 0, 0, Batch(3));

        Assert.Equal(3, routed.Sum(r => r.Batch.Count));
        Assert.All(routed, r => Assert.True(r.Batch.Count > 0));
    }

    [Fact]
    public void Forward_routes_to_the_senders_own_index()
    {
        var batch = Batch(4);

        Assert.Equal([new RoutedBatch(1, batch)], Partitioner.Route(Edge(Partitioning.Forward, 2), 1, 7, batch));
    }

    [Fact]
    public void Rebalance_goes_round_robin_per_batch_starting_at_the_senders_index()
    {
        var batch = Batch(4);

        var targets = Enumerable.Range(0, 6).Select(n => Assert.Single(Partitioner.Route(Edge(Partitioning.Rebalance, 3), 1, n, batch)).TargetIndex);

        Assert.Equal([1, 2, 0, 1, 2, 0], targets);
    }

    [Fact]
    public void Broadcast_sends_the_same_batch_to_every_target()
    {
        var batch = Batch(4);

        Assert.Equal([new RoutedBatch(0, batch), new RoutedBatch(1, batch), new RoutedBatch(2, batch)],
            Partitioner.Route(Edge(Partitioning.Broadcast, 3), 0, 0, batch));
    }

    [Fact]
    public void An_empty_batch_goes_nowhere() =>
        Assert.Empty(Partitioner.Route(Edge(Partitioning.Broadcast, 3), 0, 0, RecordBatch.Empty));
}
