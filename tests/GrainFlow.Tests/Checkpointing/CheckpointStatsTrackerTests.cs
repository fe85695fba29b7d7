using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class CheckpointStatsTrackerTests
{
    private static PendingCheckpoint Pending(long id, CheckpointKind kind = CheckpointKind.Checkpoint) =>
        new(Id(id), kind, Attempt.First, T0, Tasks);

    private static CompletedCheckpoint Complete(PendingCheckpoint pending, long afterMs)
    {
        foreach (var task in Tasks)
        {
            pending.Acknowledge(Ack(task, pending.Id.Value, bytes: 10));
        }

        return pending.ToCompleted(T0.AddMilliseconds(afterMs));
    }

    [Fact]
    public void Counts_and_latest_follow_completions_failures_and_restores()
    {
        var tracker = new CheckpointStatsTracker();
        var first = Pending(1);
        var second = Pending(2);
        var savepoint = Pending(3, CheckpointKind.Savepoint);
        tracker.ReportPending(first);
        tracker.ReportPending(second);
        tracker.ReportPending(savepoint);

        tracker.ReportCompleted(Complete(first, 40));
        tracker.ReportFailed(second.Abort(CheckpointFailureReason.Expired), T0.AddSeconds(60));
        tracker.ReportCompleted(Complete(savepoint, 90));
        tracker.ReportRestored(Id(1), CheckpointKind.Checkpoint, T0.AddMinutes(2));
        var snapshot = tracker.Snapshot();

        Assert.Equal(new CheckpointStatsCounts(Completed: 2, Failed: 1, InProgress: 0, Restored: 1), snapshot.Counts);
        Assert.Equal(Id(1), snapshot.Latest.Completed?.Id);
        Assert.Equal(40, snapshot.Latest.Completed?.DurationMs);
        Assert.Equal(30, snapshot.Latest.Completed?.StateBytes);
        Assert.Equal(30, snapshot.Latest.Completed?.CheckpointedBytes);
        Assert.Equal(Id(2), snapshot.Latest.Failed?.Id);
        Assert.Equal(60_000, snapshot.Latest.Failed?.DurationMs);
        Assert.Equal(CheckpointFailureReason.Expired, snapshot.Latest.Failed?.FailureReason);
        Assert.Equal(Id(3), snapshot.Latest.Savepoint?.Id);
        Assert.Equal(new RestoredCheckpointStats(Id(1), CheckpointKind.Checkpoint, T0.AddMinutes(2)), snapshot.Latest.Restored);
        Assert.Equal([Id(3), Id(2), Id(1)], snapshot.History.Select(e => e.Id));
        Assert.Equal(
            [CheckpointStatsStatus.Completed, CheckpointStatsStatus.Failed, CheckpointStatsStatus.Completed],
            snapshot.History.Select(e => e.Status));
    }

    [Fact]
    public void An_in_progress_checkpoint_shows_each_acknowledged_subtask_once()
    {
        var tracker = new CheckpointStatsTracker();
        tracker.ReportPending(Pending(1));
        tracker.ReportAcknowledged(Ack(Sum0, 1, bytes: 64));
        tracker.ReportAcknowledged(Ack(Sum0, 1, bytes: 64));

        var entry = tracker.Snapshot().Find(Id(1));

        Assert.NotNull(entry);
        Assert.Equal(CheckpointStatsStatus.InProgress, entry.Status);
        Assert.Null(entry.DurationMs);
        Assert.Equal(1, entry.NumberOfAcknowledged);
        Assert.Equal(3, entry.NumberOfSubtasks);
        Assert.Equal(new SubtaskCheckpointStats(Sum0, 1, 2, 3, 64, 64), entry.Subtasks[0]);
        Assert.Equal(1, tracker.Snapshot().Counts.InProgress);
    }

    [Fact]
    public void An_incremental_checkpoint_counts_as_checkpointed_only_what_it_wrote_itself()
    {
        var tracker = new CheckpointStatsTracker();
        var pending = Pending(2);
        tracker.ReportPending(pending);
        var sum0 = Ack(Sum0, 2, bytes: 30, shared: Shared(Sum0, writtenAt: 1, bytes: 500));
        tracker.ReportAcknowledged(sum0);

        var inProgress = tracker.Snapshot().Find(Id(2));

        Assert.NotNull(inProgress);
        Assert.Equal(530, inProgress.StateBytes);
        Assert.Equal(30, inProgress.CheckpointedBytes);
        Assert.Equal(new SubtaskCheckpointStats(Sum0, 1, 2, 3, 530, 30), inProgress.Subtasks[0]);

        pending.Acknowledge(sum0);
        pending.Acknowledge(Ack(Source0, 2, bytes: 10));
        pending.Acknowledge(Ack(Sum1, 2, bytes: 20, shared: Shared(Sum1, writtenAt: 1, bytes: 400)));
        tracker.ReportCompleted(pending.ToCompleted(T0.AddMilliseconds(50)));
        var completed = tracker.Snapshot().Latest.Completed;

        Assert.Equal(960, completed?.StateBytes);
        Assert.Equal(60, completed?.CheckpointedBytes);
    }

    [Fact]
    public void A_failed_incremental_checkpoint_counts_as_checkpointed_what_its_acknowledged_subtasks_wrote()
    {
        var tracker = new CheckpointStatsTracker();
        var pending = Pending(2);
        tracker.ReportPending(pending);
        pending.Acknowledge(Ack(Sum0, 2, bytes: 30, shared: Shared(Sum0, writtenAt: 1, bytes: 500)));

        tracker.ReportFailed(pending.Abort(CheckpointFailureReason.Expired), T0.AddSeconds(60));
        var failed = tracker.Snapshot().Latest.Failed;

        Assert.Equal(530, failed?.StateBytes);
        Assert.Equal(30, failed?.CheckpointedBytes);
    }

    [Fact]
    public void The_history_keeps_the_newest_hundred_checkpoints()
    {
        var tracker = new CheckpointStatsTracker();
        for (var id = 1; id <= 105; id++)
        {
            var pending = Pending(id);
            tracker.ReportPending(pending);
            tracker.ReportCompleted(Complete(pending, 5));
        }

        var snapshot = tracker.Snapshot();

        Assert.Equal(CheckpointStatsTracker.HistorySize, snapshot.History.Count);
        Assert.Equal(Id(105), snapshot.History[0].Id);
        Assert.Equal(Id(6), snapshot.History[^1].Id);
        Assert.Equal(105, snapshot.Counts.Completed);
    }

    [Fact]
    public void A_tracker_rebuilt_from_its_snapshot_continues_the_counts()
    {
        var tracker = new CheckpointStatsTracker();
        var pending = Pending(1);
        tracker.ReportPending(pending);
        tracker.ReportPending(Pending(2));
        tracker.ReportCompleted(Complete(pending, 5));

        var rebuilt = CheckpointStatsTracker.FromSnapshot(tracker.Snapshot());
        rebuilt.ReportFailed(new PendingCheckpoint(Id(2), CheckpointKind.Checkpoint, Attempt.First, T0, Tasks).Abort(CheckpointFailureReason.JobRestarting), T0);

        Assert.Equal(new CheckpointStatsCounts(Completed: 1, Failed: 1, InProgress: 0, Restored: 0), rebuilt.Snapshot().Counts);
    }
}
