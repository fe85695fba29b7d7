using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>The checkpoint (or savepoint) the job last restored from, and when.</summary>
[GenerateSerializer, Immutable]
public sealed record RestoredCheckpointStats(
    [property: Id(0)] CheckpointId Id,
    [property: Id(1)] CheckpointKind Kind,
    [property: Id(2)] DateTimeOffset RestoredAt);
