using GrainFlow.Model;

namespace GrainFlow.Runtime.Channels;

/// <summary>
/// The marker a source injects into its output, in order with its records, to cut the stream for checkpoint
/// <see cref="Id"/>: everything before it belongs to the snapshot, everything after to the next (Flink's
/// <c>CheckpointBarrier</c>). Savepoints travel as barriers of another kind, naming where their state goes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointBarrier(
    [property: Id(0)] CheckpointId Id,
    [property: Id(1)] CheckpointKind Kind,
    [property: Id(2)] SavepointId? Savepoint,
    [property: Id(3)] DateTimeOffset TriggeredAt)
{
    /// <summary>Savepoints are always aligned, whatever mode periodic checkpoints use.</summary>
    public bool RequiresAlignment(CheckpointingMode mode) =>
        mode == CheckpointingMode.ExactlyOnce || Kind != CheckpointKind.Checkpoint;
}
