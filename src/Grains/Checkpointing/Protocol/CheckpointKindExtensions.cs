using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The one place that says what each checkpoint kind implies: savepoints belong to the user, so they are never
/// subsumed, never count towards retention, and never run two at a time; the final checkpoint and stop-with-savepoint
/// end the job, so nothing starts after them.
/// </summary>
public static class CheckpointKindExtensions
{
    public static bool IsSavepoint(this CheckpointKind kind) =>
        kind is CheckpointKind.Savepoint or CheckpointKind.SavepointThenStop;

    public static bool EndsJob(this CheckpointKind kind) =>
        kind is CheckpointKind.Final or CheckpointKind.SavepointThenStop;
}
