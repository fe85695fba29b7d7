using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// One checkpoint in the statistics history: what the REST list shows, plus the per-subtask details of
/// <c>GET /checkpoints/{id}</c>. <see cref="DurationMs"/> is null while it is in progress. <see cref="StateBytes"/>
/// is the full size of the state it restores, as Flink's "full checkpoint data size", and
/// <see cref="CheckpointedBytes"/> what it wrote itself, as Flink's "checkpointed data size": the two differ only
/// when the checkpoint was incremental, so they show what incremental checkpoints save.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointHistoryEntry(
    [property: Id(0)] CheckpointId Id,
    [property: Id(1)] CheckpointKind Kind,
    [property: Id(2)] CheckpointStatsStatus Status,
    [property: Id(3)] DateTimeOffset TriggeredAt,
    [property: Id(4)] long? DurationMs,
    [property: Id(5)] long StateBytes,
    [property: Id(9)] long CheckpointedBytes,
    [property: Id(6)] CheckpointFailureReason? FailureReason,
    [property: Id(7)] int NumberOfSubtasks,
    [property: Id(8)] IReadOnlyList<SubtaskCheckpointStats> Subtasks)
{
    public int NumberOfAcknowledged => Subtasks.Count;
}
