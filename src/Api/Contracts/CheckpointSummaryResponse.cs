using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// One checkpoint in the history of <c>GET /api/jobs/{jobId}/checkpoints</c>: what it was, how it ended, when it
/// was triggered, how long it took (null while in progress), the full size of its state (<c>stateBytes</c>) and how
/// many bytes it wrote itself (<c>checkpointedBytes</c>: less than the full size when it was incremental).
/// </summary>
public sealed record CheckpointSummaryResponse(
    string Id,
    CheckpointKind Kind,
    CheckpointStatsStatus Status,
    DateTimeOffset TriggeredAt,
    long? DurationMs,
    long StateBytes,
    long CheckpointedBytes,
    CheckpointFailureReason? FailureReason)
{
    public static CheckpointSummaryResponse From(CheckpointHistoryEntry entry) => new(
        entry.Id.ToString(), entry.Kind, entry.Status, entry.TriggeredAt, entry.DurationMs, entry.StateBytes, entry.CheckpointedBytes,
        entry.FailureReason);
}
