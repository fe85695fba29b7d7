using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.State.Keyed;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public sealed class IncrementalSnapshotPlannerTests
{
    [Fact]
    public void The_first_snapshot_is_full_and_lists_only_itself()
    {
        var planner = new IncrementalSnapshotPlanner();

        Assert.Null(planner.BaseFor(CheckpointKind.Checkpoint));
        Assert.Equal(["full-1"], Locations(planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000))));
    }

    [Fact]
    public void After_a_checkpoint_completes_the_next_snapshot_builds_on_its_chain_and_lists_it()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));

        Assert.Equal(new SnapshotEpoch(0), planner.Complete(Id(1)));
        var @base = planner.BaseFor(CheckpointKind.Checkpoint);
        var listed = planner.Written(Id(2), CheckpointKind.Checkpoint, new SnapshotEpoch(1), @base, Handle("increment-2", 100));

        Assert.Equal(new SnapshotEpoch(0), @base!.Epoch);
        Assert.Equal(["full-1", "increment-2"], Locations(listed));
    }

    [Fact]
    public void A_pending_or_aborted_checkpoint_is_never_a_base()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));
        planner.Complete(Id(1));
        planner.Written(Id(2), CheckpointKind.Checkpoint, new SnapshotEpoch(1), planner.BaseFor(CheckpointKind.Checkpoint), Handle("increment-2", 100));

        Assert.Equal(new SnapshotEpoch(0), planner.BaseFor(CheckpointKind.Checkpoint)!.Epoch);
        planner.Abort(Id(2));
        Assert.Null(planner.Complete(Id(2)));
        Assert.Equal(new SnapshotEpoch(0), planner.BaseFor(CheckpointKind.Checkpoint)!.Epoch);
    }

    [Fact]
    public void A_savepoint_is_always_full_and_never_a_base()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));
        planner.Complete(Id(1));

        Assert.Null(planner.BaseFor(CheckpointKind.Savepoint));
        Assert.Null(planner.BaseFor(CheckpointKind.SavepointThenStop));
        Assert.Equal(["savepoint-2"], Locations(planner.Written(Id(2), CheckpointKind.Savepoint, new SnapshotEpoch(1), null, Handle("savepoint-2", 1_000))));
        Assert.Null(planner.Complete(Id(2)));
        Assert.Equal(new SnapshotEpoch(0), planner.BaseFor(CheckpointKind.Checkpoint)!.Epoch);
    }

    [Fact]
    public void A_chain_is_cut_once_its_increments_add_up_to_the_full_snapshot()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));
        planner.Complete(Id(1));
        for (var id = 2; id <= 3; id++)
        {
            planner.Written(Id(id), CheckpointKind.Checkpoint, new SnapshotEpoch(id - 1), planner.BaseFor(CheckpointKind.Checkpoint), Handle($"increment-{id}", 400));
            planner.Complete(Id(id));
        }

        Assert.Null(planner.BaseFor(CheckpointKind.Checkpoint)); // 800 bytes of increments, and another 400 would pass 1,000: the next is full
    }

    [Fact]
    public void An_increment_nearly_as_large_as_the_full_snapshot_is_followed_by_a_full_one()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));
        planner.Complete(Id(1));
        planner.Written(Id(2), CheckpointKind.Checkpoint, new SnapshotEpoch(1), planner.BaseFor(CheckpointKind.Checkpoint), Handle("increment-2", 960));
        planner.Complete(Id(2));

        Assert.Null(planner.BaseFor(CheckpointKind.Checkpoint));
    }

    [Fact]
    public void Completing_a_checkpoint_drops_the_older_pending_ones()
    {
        var planner = new IncrementalSnapshotPlanner();
        planner.Written(Id(1), CheckpointKind.Checkpoint, new SnapshotEpoch(0), null, Handle("full-1", 1_000));
        planner.Written(Id(2), CheckpointKind.Checkpoint, new SnapshotEpoch(1), null, Handle("full-2", 1_000));

        Assert.Equal(new SnapshotEpoch(1), planner.Complete(Id(2)));
        Assert.Null(planner.Complete(Id(1)));
        Assert.Equal(new SnapshotEpoch(1), planner.BaseFor(CheckpointKind.Checkpoint)!.Epoch);
    }

    private static SnapshotHandle Handle(string location, long bytes) =>
        new(location, bytes, 0u, new KeyGroupRange(0, 127), SnapshotHandleKind.Keyed);

    private static string[] Locations(IReadOnlyList<SnapshotHandle> handles) => handles.Select(h => h.Location).ToArray();
}
