using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Keeps a job's checkpoint statistics, as Flink's <c>CheckpointStatsTracker</c>: counts, the latest of each
/// outcome, and a bounded history (newest first) with per-subtask details. The coordinator reports each event and
/// hands <see cref="Snapshot"/> to the REST layer and to its persisted state.
/// </summary>
public sealed class CheckpointStatsTracker
{
    /// <summary>How many checkpoints the history keeps, as Flink's <c>web.checkpoints.history</c> default.</summary>
    public const int HistorySize = 100;

    /// <summary>The history, newest first; entries are immutable and replaced as the checkpoint progresses.</summary>
    private readonly List<CheckpointHistoryEntry> history;

    /// <summary>The checkpoints reported pending and not yet finished, so counts stay right even after eviction.</summary>
    private readonly HashSet<CheckpointId> inProgress;

    private long completed;
    private long failed;
    private long restored;
    private CheckpointStatsLatest latest;

    public CheckpointStatsTracker()
        : this(CheckpointStatsSnapshot.Empty)
    {
    }

    private CheckpointStatsTracker(CheckpointStatsSnapshot snapshot)
    {
        history = snapshot.History.Take(HistorySize).ToList();
        inProgress = history.Where(e => e.Status == CheckpointStatsStatus.InProgress).Select(e => e.Id).ToHashSet();
        completed = snapshot.Counts.Completed;
        failed = snapshot.Counts.Failed;
        restored = snapshot.Counts.Restored;
        latest = snapshot.Latest;
    }

    public static CheckpointStatsTracker FromSnapshot(CheckpointStatsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CheckpointStatsTracker(snapshot);
    }

    public CheckpointStatsSnapshot Snapshot() => new(
        new CheckpointStatsCounts(completed, failed, inProgress.Count, restored), latest, history.ToList());

    public void ReportPending(PendingCheckpoint pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        inProgress.Add(pending.Id);
        Put(new CheckpointHistoryEntry(
            pending.Id, pending.Kind, CheckpointStatsStatus.InProgress, pending.TriggeredAt, null, 0, 0, null, pending.NumberOfSubtasks, []));
    }

    /// <summary>Records one subtask's figures on an in-progress checkpoint, so progress shows before completion.</summary>
    public void ReportAcknowledged(SubtaskAcknowledgement acknowledgement)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var entry = Find(acknowledgement.CheckpointId);
        if (entry is null || entry.Status != CheckpointStatsStatus.InProgress || entry.Subtasks.Any(s => s.Subtask == acknowledgement.Subtask))
        {
            return;
        }

        var subtasks = entry.Subtasks.Append(SubtaskCheckpointStats.From(acknowledgement)).ToList();
        Put(entry with
        {
            Subtasks = subtasks,
            StateBytes = entry.StateBytes + acknowledgement.StateBytes,
            CheckpointedBytes = entry.CheckpointedBytes + acknowledgement.CheckpointedBytes,
        });
    }

    public void ReportCompleted(CompletedCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        inProgress.Remove(checkpoint.Id);
        completed++;
        var subtasks = checkpoint.Acknowledgements.Values.Select(SubtaskCheckpointStats.From).ToList();
        var entry = new CheckpointHistoryEntry(
            checkpoint.Id, checkpoint.Kind, CheckpointStatsStatus.Completed, checkpoint.TriggeredAt,
            (long)checkpoint.Duration.TotalMilliseconds, checkpoint.StateBytes, checkpoint.CheckpointedBytes, null, subtasks.Count,
            subtasks);
        Put(entry);
        latest = checkpoint.IsSavepoint ? latest with { Savepoint = entry } : latest with { Completed = entry };
    }

    public void ReportFailed(AbortedCheckpoint checkpoint, DateTimeOffset failedAt)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        inProgress.Remove(checkpoint.Id);
        failed++;
        var known = Find(checkpoint.Id);
        var subtasks = checkpoint.Acknowledgements.Select(SubtaskCheckpointStats.From).ToList();
        var entry = new CheckpointHistoryEntry(
            checkpoint.Id, checkpoint.Kind, CheckpointStatsStatus.Failed, checkpoint.TriggeredAt,
            (long)(failedAt - checkpoint.TriggeredAt).TotalMilliseconds, subtasks.Sum(s => s.StateBytes),
            subtasks.Sum(s => s.CheckpointedBytes), checkpoint.Reason, known?.NumberOfSubtasks ?? subtasks.Count, subtasks);
        Put(entry);
        latest = latest with { Failed = entry };
    }

    public void ReportRestored(CheckpointId id, CheckpointKind kind, DateTimeOffset restoredAt)
    {
        restored++;
        latest = latest with { Restored = new RestoredCheckpointStats(id, kind, restoredAt) };
    }

    public CheckpointHistoryEntry? Find(CheckpointId id) => history.FirstOrDefault(e => e.Id == id);

    /// <summary>Replaces the entry of the same id in place, or inserts a new one by id order and trims the oldest.</summary>
    private void Put(CheckpointHistoryEntry entry)
    {
        var index = history.FindIndex(e => e.Id == entry.Id);
        if (index >= 0)
        {
            history[index] = entry;
            return;
        }

        var position = history.FindIndex(e => e.Id < entry.Id);
        history.Insert(position < 0 ? history.Count : position, entry);
        if (history.Count > HistorySize)
        {
            history.RemoveAt(history.Count - 1);
        }
    }
}
