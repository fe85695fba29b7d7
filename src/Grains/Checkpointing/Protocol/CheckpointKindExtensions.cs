using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The one place that says which checkpoint kinds are savepoints: savepoints belong to the user, so they are never
/// subsumed, never count towards retention, and never run two at a time.
/// </summary>
public static class CheckpointKindExtensions
{
    public static bool IsSavepoint(this CheckpointKind kind) =>
        kind is CheckpointKind.Savepoint or CheckpointKind.SavepointThenStop;
}
