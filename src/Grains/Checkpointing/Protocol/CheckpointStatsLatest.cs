namespace GrainFlow.Checkpointing.Protocol;

/// <summary>The latest completed checkpoint, failed checkpoint, completed savepoint, and restore; each null until one happens.</summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointStatsLatest(
    [property: Id(0)] CheckpointHistoryEntry? Completed,
    [property: Id(1)] CheckpointHistoryEntry? Failed,
    [property: Id(2)] CheckpointHistoryEntry? Savepoint,
    [property: Id(3)] RestoredCheckpointStats? Restored)
{
    public static readonly CheckpointStatsLatest None = new(null, null, null, null);
}
