using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class CompletedCheckpointStoreTests
{
    private static CompletedCheckpoint Completed(long id, CheckpointKind kind = CheckpointKind.Checkpoint) =>
        new(Id(id), kind, Attempt.First, T0, T0.AddSeconds(1), new Dictionary<SubtaskId, SubtaskAcknowledgement> { [Sum0] = Ack(Sum0, id) });

    [Fact]
    public void Periodic_checkpoints_beyond_the_retained_count_are_returned_oldest_first_for_discarding()
    {
        var store = new CompletedCheckpointStore(2);

        Assert.Empty(store.Add(Completed(1)));
        Assert.Empty(store.Add(Completed(2)));
        var discarded = store.Add(Completed(3));

        Assert.Equal([Id(1)], discarded.Select(c => c.Id));
        Assert.Equal([Id(2), Id(3)], store.All.Select(c => c.Id));
        Assert.Equal(Id(3), store.Latest?.Id);
    }

    [Fact]
    public void A_store_with_one_more_checkpoint_leaves_the_original_as_it_was_until_it_is_adopted()
    {
        var store = new CompletedCheckpointStore(2);
        store.Add(Completed(1));
        store.Add(Completed(2));

        var (next, discarded) = store.With(Completed(3));

        Assert.Equal([Id(1)], discarded.Select(c => c.Id));
        Assert.Equal([Id(2), Id(3)], next.All.Select(c => c.Id));
        Assert.Equal([Id(1), Id(2)], store.All.Select(c => c.Id));
        Assert.Equal(Id(2), store.Latest?.Id);
    }

    [Fact]
    public void Savepoints_are_never_discarded_and_do_not_count_towards_retention()
    {
        var store = new CompletedCheckpointStore(1);
        store.Add(Completed(1));
        var afterSavepoint = store.Add(Completed(2, CheckpointKind.Savepoint));

        Assert.Empty(afterSavepoint);
        Assert.Equal(Id(2), store.Latest?.Id);
        Assert.Equal([Id(1), Id(2)], store.All.Select(c => c.Id));

        var afterNext = store.Add(Completed(3));

        Assert.Equal([Id(1)], afterNext.Select(c => c.Id));
        Assert.Equal([Id(3)], store.All.Select(c => c.Id));
    }

    [Fact]
    public void The_latest_is_a_savepoint_when_it_is_newer_than_every_checkpoint_and_null_when_empty()
    {
        var store = new CompletedCheckpointStore(3, [Completed(4)]);
        Assert.Null(new CompletedCheckpointStore(1).Latest);

        store.Add(Completed(5, CheckpointKind.SavepointThenStop));

        Assert.Equal(CheckpointKind.SavepointThenStop, store.Latest?.Kind);
    }
}
