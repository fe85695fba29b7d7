using System.Globalization;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Silo.Demo;

/// <summary>
/// Turns successive checkpoint statistics into the demo's console lines, one per newly completed checkpoint in id
/// order (<c>checkpoint 7 completed: 23 ms, 48213 bytes</c>). It remembers the highest id it printed rather than
/// every id: a completed checkpoint subsumes all lower ones, so a lower id can never complete afterwards, and the
/// memory stays constant however long the job runs.
/// </summary>
public sealed class CheckpointProgress
{
    /// <summary>The highest checkpoint id already printed; entries at or below it are old news.</summary>
    private CheckpointId _lastPrinted = CheckpointId.None;

    /// <summary>The lines for checkpoints completed since the previous call, oldest first.</summary>
    public IReadOnlyList<string> NewlyCompleted(CheckpointStatsSnapshot stats)
    {
        var lines = stats.History
            .Where(e => e.Status == CheckpointStatsStatus.Completed && e.Id > _lastPrinted)
            .OrderBy(e => e.Id)
            .Select(e => (e.Id, Line: Format(e)))
            .ToList();
        if (lines.Count > 0)
        {
            _lastPrinted = lines[^1].Id;
        }

        return lines.Select(l => l.Line).ToList();
    }

    public static string Format(CheckpointHistoryEntry entry) => string.Create(CultureInfo.InvariantCulture,
        $"{Noun(entry.Kind)} {entry.Id.Value} completed: {entry.DurationMs ?? 0} ms, {entry.StateBytes} bytes");

    private static string Noun(CheckpointKind kind) =>
        kind is CheckpointKind.Savepoint or CheckpointKind.SavepointThenStop ? "savepoint" : "checkpoint";
}
