using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Checkpointing;

/// <summary>
/// The commit record of one checkpoint or savepoint, written last and create-if-absent: its existence is what makes
/// the checkpoint complete. It holds every subtask's handles (operator uid -> state), the spec and its hash, so a
/// savepoint is self-contained and a job can be started from it alone.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CheckpointMetadata(
    [property: Id(0)] JobId Job,
    [property: Id(1)] SavepointId? Savepoint,
    [property: Id(2)] string SpecHash,
    [property: Id(3)] JobSpec Spec,
    [property: Id(4)] CompletedCheckpoint Checkpoint);
