using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class PendingCheckpointSetTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static void AcknowledgeAll(PendingCheckpointSet set, long id)
    {
        foreach (var task in Tasks)
        {
            set.Acknowledge(Ack(task, id));
        }
    }

    [Fact]
    public void Ids_continue_strictly_after_the_restored_counter()
    {
        var set = new PendingCheckpointSet(Timeout, Id(41));

        var first = set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        var second = set.Start(CheckpointKind.Savepoint, Attempt.First, Tasks, T0);

        Assert.Equal(Id(42), first.Id);
        Assert.Equal(Id(43), second.Id);
        Assert.Equal(Id(43), set.LastIssued);
        Assert.Equal(2, set.Count);
        Assert.True(set.HasPendingSavepoint);
    }

    [Fact]
    public void The_last_acknowledgement_reports_the_checkpoint_ready_to_complete()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        var pending = set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);

        Assert.Null(set.Acknowledge(Ack(Source0, 1)).ReadyToComplete);
        Assert.Null(set.Acknowledge(Ack(Sum0, 1)).ReadyToComplete);
        var last = set.Acknowledge(Ack(Sum1, 1));

        Assert.Equal(AcknowledgeResult.Success, last.Result);
        Assert.Same(pending, last.ReadyToComplete);
    }

    [Fact]
    public void A_late_acknowledgement_of_a_finished_checkpoint_is_discarded_and_one_never_issued_is_unknown()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        AcknowledgeAll(set, 1);
        set.Complete(Id(1), T0.AddSeconds(1));

        Assert.Equal(new AcknowledgeOutcome(AcknowledgeResult.Discarded, null), set.Acknowledge(Ack(Sum0, 1)));
        Assert.Equal(new AcknowledgeOutcome(AcknowledgeResult.Unknown, null), set.Acknowledge(Ack(Sum0, 2)));
    }

    [Fact]
    public void Checkpoints_expire_once_their_timeout_has_passed_and_not_before()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0.AddSeconds(30));

        Assert.Equal(T0 + Timeout, set.NextExpiry);
        Assert.Empty(set.ExpireDue(T0.AddSeconds(59)));
        var expired = set.ExpireDue(T0.AddSeconds(60));

        var only = Assert.Single(expired);
        Assert.Equal(Id(1), only.Id);
        Assert.Equal(CheckpointFailureReason.Expired, only.Reason);
        Assert.Equal([Id(2)], set.Pending.Select(p => p.Id));
        Assert.Equal(AcknowledgeResult.Discarded, set.Acknowledge(Ack(Sum0, 1)).Result);
    }

    [Fact]
    public void Completing_a_checkpoint_subsumes_older_pending_periodic_checkpoints_but_not_savepoints()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        set.Start(CheckpointKind.Savepoint, Attempt.First, Tasks, T0);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        AcknowledgeAll(set, 3);

        var completion = set.Complete(Id(3), T0.AddSeconds(2));

        Assert.Equal(Id(3), completion.Completed.Id);
        var subsumed = Assert.Single(completion.Subsumed);
        Assert.Equal(Id(1), subsumed.Id);
        Assert.Equal(CheckpointFailureReason.Subsumed, subsumed.Reason);
        Assert.Equal([Id(2), Id(4)], set.Pending.Select(p => p.Id));
    }

    [Fact]
    public void Aborting_all_on_restart_empties_the_set_with_the_given_reason()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);
        set.Start(CheckpointKind.Savepoint, Attempt.First, Tasks, T0);
        set.Acknowledge(Ack(Sum0, 2));

        var aborted = set.AbortAll(CheckpointFailureReason.JobRestarting);

        Assert.Equal([Id(1), Id(2)], aborted.Select(a => a.Id));
        Assert.All(aborted, a => Assert.Equal(CheckpointFailureReason.JobRestarting, a.Reason));
        Assert.Equal([Sum0], aborted[1].Acknowledgements.Select(a => a.Subtask));
        Assert.Equal(0, set.Count);
        Assert.Null(set.NextExpiry);
    }

    [Fact]
    public void A_declined_checkpoint_is_aborted_once()
    {
        var set = new PendingCheckpointSet(Timeout, CheckpointId.None);
        set.Start(CheckpointKind.Checkpoint, Attempt.First, Tasks, T0);

        Assert.Equal(CheckpointFailureReason.Declined, set.Abort(Id(1), CheckpointFailureReason.Declined)?.Reason);
        Assert.Null(set.Abort(Id(1), CheckpointFailureReason.Declined));
    }
}
