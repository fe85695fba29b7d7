using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class PendingCheckpointTests
{
    private static PendingCheckpoint NewPending(long id = 1) =>
        new(Id(id), CheckpointKind.Checkpoint, Attempt.First, T0, Tasks);

    [Fact]
    public void An_awaited_subtask_acknowledgement_is_a_success()
    {
        var pending = NewPending();

        Assert.Equal(AcknowledgeResult.Success, pending.Acknowledge(Ack(Sum0, 1)));
        Assert.Equal(1, pending.NumberOfAcknowledged);
        Assert.Equal(2, pending.NumberOfNotYetAcknowledged);
        Assert.False(pending.IsFullyAcknowledged);
    }

    [Fact]
    public void A_second_acknowledgement_from_the_same_subtask_is_a_duplicate_and_the_first_stands()
    {
        var pending = NewPending();
        var first = Ack(Sum0, 1, bytes: 10);
        pending.Acknowledge(first);

        Assert.Equal(AcknowledgeResult.Duplicate, pending.Acknowledge(Ack(Sum0, 1, bytes: 20)));
        Assert.Same(first, pending.Acknowledgements[Sum0]);
        Assert.Equal(1, pending.NumberOfAcknowledged);
    }

    [Fact]
    public void An_acknowledgement_from_a_subtask_that_is_not_a_task_of_the_checkpoint_is_unknown()
    {
        var pending = NewPending();

        Assert.Equal(AcknowledgeResult.Unknown, pending.Acknowledge(Ack(Subtask("out", 0), 1)));
        Assert.Equal(0, pending.NumberOfAcknowledged);
    }

    [Fact]
    public void An_acknowledgement_of_another_attempt_is_discarded()
    {
        var pending = NewPending();

        Assert.Equal(AcknowledgeResult.Discarded, pending.Acknowledge(Ack(Sum0, 1, attempt: 2)));
        Assert.Equal(3, pending.NumberOfNotYetAcknowledged);
    }

    [Fact]
    public void An_acknowledgement_after_the_checkpoint_was_aborted_is_discarded()
    {
        var pending = NewPending();
        var aborted = pending.Abort(CheckpointFailureReason.Expired);

        Assert.Equal(AcknowledgeResult.Discarded, pending.Acknowledge(Ack(Sum0, 1)));
        Assert.Equal(PendingCheckpointStatus.Aborted, pending.Status);
        Assert.Equal(CheckpointFailureReason.Expired, pending.FailureReason);
        Assert.Equal(CheckpointFailureReason.Expired, aborted.Reason);
    }

    [Fact]
    public void A_fully_acknowledged_checkpoint_completes_with_handles_grouped_by_operator()
    {
        var pending = NewPending();
        foreach (var task in Tasks)
        {
            pending.Acknowledge(Ack(task, 1, bytes: 100));
        }

        var completed = pending.ToCompleted(T0.AddMilliseconds(250));

        Assert.True(pending.IsFullyAcknowledged);
        Assert.Equal(PendingCheckpointStatus.Completed, pending.Status);
        Assert.Equal(Id(1), completed.Id);
        Assert.Equal(TimeSpan.FromMilliseconds(250), completed.Duration);
        Assert.Equal(300, completed.StateBytes);
        Assert.Equal(3, completed.Acknowledgements.Count);
        Assert.Equal(["ckpt-1/job1/sums/0", "ckpt-1/job1/sums/1"], completed.HandlesByOperator[new OperatorUid("sums")].Select(h => h.Location));
        Assert.Single(completed.HandlesByOperator[new OperatorUid("events")]);
        Assert.Equal(AcknowledgeResult.Discarded, pending.Acknowledge(Ack(Sum0, 1)));
    }

    [Fact]
    public void A_checkpoint_that_is_not_fully_acknowledged_cannot_complete()
    {
        var pending = NewPending();
        pending.Acknowledge(Ack(Sum0, 1));

        var error = Assert.Throws<InvalidOperationException>(() => pending.ToCompleted(T0));
        Assert.Equal("Checkpoint 1 still waits for 2 of 3 subtasks.", error.Message);
    }
}
