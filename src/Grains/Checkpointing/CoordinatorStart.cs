using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing;

/// <summary>
/// What the coordinator needs to run one attempt: the tasks to trigger and to hear from, the settings, and what the
/// attempt was restored from (so statistics report it and a counter restored from metadata keeps ids increasing).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CoordinatorStart(
    [property: Id(0)] Attempt Attempt,
    [property: Id(1)] CheckpointSettings Settings,
    [property: Id(2)] IReadOnlyList<SubtaskId> Sources,
    [property: Id(3)] IReadOnlyList<SubtaskId> Subtasks,
    [property: Id(4)] string SpecHash,
    [property: Id(5)] CompletedCheckpoint? RestoredFrom);
