using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.State;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public sealed class SharedStateRegistryTests
{
    [Fact]
    public void A_discarded_checkpoint_releases_only_the_objects_no_kept_checkpoint_lists()
    {
        var first = Checkpoint(1, Written("full-1", 1));
        var second = Checkpoint(2, Written("full-1", 1), Written("increment-2", 2));
        var third = Checkpoint(3, Written("full-3", 3));

        var keepingSecond = new SharedStateRegistry([second, third]);
        var keepingThird = new SharedStateRegistry([third]);

        Assert.Empty(keepingSecond.Release(first));
        Assert.Equal(["full-1", "increment-2"], keepingThird.Release(second).Select(h => h.Location));
    }

    [Fact]
    public void An_object_two_discarded_checkpoints_share_is_released_once()
    {
        var registry = new SharedStateRegistry([Checkpoint(3, Written("full-3", 3))]);

        var first = registry.Release(Checkpoint(1, Written("full-1", 1)));
        var second = registry.Release(Checkpoint(2, Written("full-1", 1), Written("increment-2", 2)));

        Assert.Equal(["full-1"], first.Select(h => h.Location));
        Assert.Equal(["increment-2"], second.Select(h => h.Location));
    }

    [Fact]
    public void A_checkpoint_that_shares_an_object_no_kept_checkpoint_lists_is_missing_it()
    {
        var registry = new SharedStateRegistry([Checkpoint(3, Written("full-3", 3))]);

        var missing = registry.Missing(Checkpoint(4, Written("full-1", 1), Written("increment-2", 2), Written("increment-4", 4)));

        Assert.Equal(["full-1", "increment-2"], missing.Select(h => h.Location));
        Assert.Empty(registry.Missing(Checkpoint(4, Written("full-3", 3), Written("increment-4", 4))));
    }

    private static SnapshotHandle Written(string location, long checkpoint) =>
        new(location, 10, 0u, new KeyGroupRange(0, 127), SnapshotHandleKind.Keyed, WrittenAt: Id(checkpoint));

    private static CompletedCheckpoint Checkpoint(long id, params SnapshotHandle[] handles) => new(
        Id(id), CheckpointKind.Checkpoint, new Attempt(1), T0, T0.AddSeconds(1),
        new Dictionary<SubtaskId, SubtaskAcknowledgement> { [Sum0] = new(Sum0, new Attempt(1), Id(id), handles, 1, 2, 3) });
}
