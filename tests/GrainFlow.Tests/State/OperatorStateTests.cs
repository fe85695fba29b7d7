using GrainFlow.State.Api;
using GrainFlow.State.Operator;
using Xunit;

namespace GrainFlow.Tests.State;

public sealed class OperatorStateTests
{
    private static readonly ListStateDescriptor<string> Splits = new("splits");

    private static ReadOnlyMemory<byte>[] OldSnapshots(OperatorStateMode mode)
    {
        string[][] lists = [["a0", "a1", "a2"], ["b0", "b1"]];
        return lists.Select(list =>
        {
            var backend = new OperatorStateBackend(KeyedStateFixture.Serializers);
            backend.GetListState(Splits, mode).AddAll(list);
            return (ReadOnlyMemory<byte>)backend.Snapshot().Serialize();
        }).ToArray();
    }

    private static IEnumerable<string> RestoreAt(ReadOnlyMemory<byte>[] snapshots, OperatorStateMode mode, int index, int parallelism)
    {
        var backend = new OperatorStateBackend(KeyedStateFixture.Serializers);
        backend.Restore(snapshots, index, parallelism);
        return backend.GetListState(Splits, mode).Get();
    }

    [Fact]
    public void Split_distribute_at_higher_parallelism_gives_contiguous_even_shares_of_the_concatenation()
    {
        var snapshots = OldSnapshots(OperatorStateMode.SplitDistribute);
        Assert.Equal(["a0", "a1"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 0, 3));
        Assert.Equal(["a2", "b0"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 1, 3));
        Assert.Equal(["b1"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 2, 3));
    }

    [Fact]
    public void Split_distribute_at_unchanged_parallelism_keeps_each_subtasks_own_list()
    {
        var snapshots = OldSnapshots(OperatorStateMode.SplitDistribute);
        Assert.Equal(["a0", "a1", "a2"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 0, 2));
        Assert.Equal(["b0", "b1"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 1, 2));
    }

    [Fact]
    public void Split_distribute_at_parallelism_1_gives_everything_to_the_single_subtask()
    {
        var snapshots = OldSnapshots(OperatorStateMode.SplitDistribute);
        Assert.Equal(["a0", "a1", "a2", "b0", "b1"], RestoreAt(snapshots, OperatorStateMode.SplitDistribute, 0, 1));
    }

    [Fact]
    public void Union_gives_every_subtask_every_element()
    {
        var snapshots = OldSnapshots(OperatorStateMode.Union);
        foreach (var index in new[] { 0, 1, 2 })
        {
            Assert.Equal(["a0", "a1", "a2", "b0", "b1"], RestoreAt(snapshots, OperatorStateMode.Union, index, 3));
        }
    }

    [Fact]
    public void A_state_registered_with_another_mode_than_its_snapshot_is_refused()
    {
        var backend = new OperatorStateBackend(KeyedStateFixture.Serializers);
        backend.Restore(OldSnapshots(OperatorStateMode.Union), 0, 2);
        var error = Assert.Throws<OperatorStateModeMismatchException>(() => backend.GetListState(Splits, OperatorStateMode.SplitDistribute));
        Assert.Equal(OperatorStateMode.SplitDistribute, error.Registered);
        Assert.Equal(OperatorStateMode.Union, error.Found);
    }

    [Fact]
    public void Changes_after_the_synchronous_capture_never_reach_the_snapshot()
    {
        var backend = new OperatorStateBackend(KeyedStateFixture.Serializers);
        var offsets = backend.GetListState(new ListStateDescriptor<long>("offsets"));
        offsets.Add(10);
        var snapshot = backend.Snapshot();
        offsets.Update([20, 30]);

        var restored = new OperatorStateBackend(KeyedStateFixture.Serializers);
        restored.Restore([snapshot.Serialize()], 0, 1);
        Assert.Equal([10L], restored.GetListState(new ListStateDescriptor<long>("offsets")).Get());
    }

    [Fact]
    public void A_subtask_without_operator_state_counts_as_an_empty_list()
    {
        var snapshots = OldSnapshots(OperatorStateMode.SplitDistribute);
        ReadOnlyMemory<byte>[] withEmpty = [snapshots[0], ReadOnlyMemory<byte>.Empty, snapshots[1]];
        Assert.Equal(["b0", "b1"], RestoreAt(withEmpty, OperatorStateMode.SplitDistribute, 2, 3));
    }

    [Fact]
    public void Redistribution_spreads_the_remainder_over_the_first_subtasks()
    {
        IReadOnlyList<int>[] old = [[0, 1, 2, 3], [4, 5, 6]];
        var shares = Enumerable.Range(0, 4)
            .Select(i => OperatorStateRedistribution.Assign(OperatorStateMode.SplitDistribute, old, i, 4))
            .ToArray();
        Assert.Equal([0, 1], shares[0]);
        Assert.Equal([2, 3], shares[1]);
        Assert.Equal([4, 5], shares[2]);
        Assert.Equal([6], shares[3]);
    }
}
