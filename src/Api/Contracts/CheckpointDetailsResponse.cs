using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Api.Contracts;

/// <summary>The body of <c>GET /api/jobs/{jobId}/checkpoints/{id}</c>: the checkpoint's summary and every acknowledged subtask.</summary>
public sealed record CheckpointDetailsResponse(
    string Id,
    CheckpointKind Kind,
    CheckpointStatsStatus Status,
    DateTimeOffset TriggeredAt,
    long? DurationMs,
    long StateBytes,
    long CheckpointedBytes,
    CheckpointFailureReason? FailureReason,
    int NumberOfSubtasks,
    int NumberOfAcknowledged,
    IReadOnlyList<SubtaskCheckpointResponse> Subtasks)
{
    public static CheckpointDetailsResponse From(CheckpointHistoryEntry entry) => new(
        entry.Id.ToString(),
        entry.Kind,
        entry.Status,
        entry.TriggeredAt,
        entry.DurationMs,
        entry.StateBytes,
        entry.CheckpointedBytes,
        entry.FailureReason,
        entry.NumberOfSubtasks,
        entry.NumberOfAcknowledged,
        entry.Subtasks.Select(SubtaskCheckpointResponse.From).ToList());
}
