using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing;

/// <summary>
/// What the coordinator needs to run one attempt: the tasks to trigger and to hear from, the settings, and what the
/// attempt was restored from (so statistics report it, ids keep increasing past it, and a checkpoint of another job
/// that this one started from is never deleted by this job's retention).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CoordinatorStart(
    [property: Id(0)] Attempt Attempt,
    [property: Id(1)] CheckpointSettings Settings,
    [property: Id(2)] IReadOnlyList<SubtaskId> Sources,
    [property: Id(3)] IReadOnlyList<SubtaskId> Subtasks,
    [property: Id(4)] string SpecHash,
    [property: Id(5)] CompletedCheckpoint? RestoredFrom,
    [property: Id(6)] JobId? RestoredFromJob);
