using GrainFlow.Checkpointing.Protocol;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// One subtask's part of one checkpoint: its synchronous, asynchronous and alignment durations, the full size of its
/// state and the bytes it wrote for this checkpoint.
/// </summary>
public sealed record SubtaskCheckpointResponse(
    string Uid,
    int Index,
    long SyncDurationMs,
    long AsyncDurationMs,
    long AlignmentDurationMs,
    long StateBytes,
    long CheckpointedBytes)
{
    public static SubtaskCheckpointResponse From(SubtaskCheckpointStats stats) => new(
        stats.Subtask.Operator.Value,
        stats.Subtask.Index.Value,
        stats.SyncDurationMs,
        stats.AsyncDurationMs,
        stats.AlignmentDurationMs,
        stats.StateBytes,
        stats.CheckpointedBytes);
}
