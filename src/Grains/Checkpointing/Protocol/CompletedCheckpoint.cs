using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// A checkpoint whose every subtask acknowledged and whose metadata is committed, as Flink's
/// <c>CompletedCheckpoint</c>: the unit the coordinator restores from, retains and discards. It goes into the
/// checkpoint metadata, so it is serializable and immutable; it holds every subtask's acknowledgement by subtask.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CompletedCheckpoint(
    [property: Id(0)] CheckpointId Id,
    [property: Id(1)] CheckpointKind Kind,
    [property: Id(2)] Attempt Attempt,
    [property: Id(3)] DateTimeOffset TriggeredAt,
    [property: Id(4)] DateTimeOffset CompletedAt,
    [property: Id(5)] IReadOnlyDictionary<SubtaskId, SubtaskAcknowledgement> Acknowledgements)
{
    public TimeSpan Duration => CompletedAt - TriggeredAt;

    /// <summary>The full size of the state the checkpoint restores, as Flink's "full checkpoint data size".</summary>
    public long StateBytes => Acknowledgements.Values.Sum(a => a.StateBytes);

    /// <summary>What this checkpoint wrote, as Flink's "checkpointed data size": the increments when it was incremental.</summary>
    public long CheckpointedBytes => Acknowledgements.Values.Sum(a => a.CheckpointedBytes);

    public bool IsSavepoint => Kind.IsSavepoint();

    /// <summary>Every snapshot handle grouped by the operator that wrote it, subtasks in index order: how restore maps state by uid.</summary>
    public IReadOnlyDictionary<OperatorUid, IReadOnlyList<SnapshotHandle>> HandlesByOperator =>
        Acknowledgements.Values
            .OrderBy(a => a.Subtask.Index.Value)
            .GroupBy(a => a.Subtask.Operator)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SnapshotHandle>)g.SelectMany(a => a.Handles).ToList());
}
