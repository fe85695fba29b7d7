using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Api.Contracts;

/// <summary>The checkpoint or savepoint the job last restored from, and when.</summary>
public sealed record RestoredCheckpointResponse(string Id, CheckpointKind Kind, DateTimeOffset RestoredAt)
{
    public static RestoredCheckpointResponse From(RestoredCheckpointStats restored) =>
        new(restored.Id.ToString(), restored.Kind, restored.RestoredAt);
}
