namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// An immutable copy of a job's checkpoint statistics, the body of <c>GET /api/jobs/{id}/checkpoints</c>; the
/// coordinator persists it and rebuilds its <see cref="CheckpointStatsTracker"/> from it on activation. The history
/// is newest first, at most <see cref="CheckpointStatsTracker.HistorySize"/> entries.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointStatsSnapshot(
    [property: Id(0)] CheckpointStatsCounts Counts,
    [property: Id(1)] CheckpointStatsLatest Latest,
    [property: Id(2)] IReadOnlyList<CheckpointHistoryEntry> History)
{
    public static readonly CheckpointStatsSnapshot Empty = new(CheckpointStatsCounts.Zero, CheckpointStatsLatest.None, []);

    public CheckpointHistoryEntry? Find(GrainFlow.Model.CheckpointId id) => History.FirstOrDefault(e => e.Id == id);
}
