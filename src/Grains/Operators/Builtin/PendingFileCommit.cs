namespace GrainFlow.Operators.Builtin;

/// <summary>
/// A part file pre-committed at a barrier: written and closed under a hidden name, to be renamed into place when
/// checkpoint <see cref="CheckpointId"/> completes. Kept in the sink's operator state, so a restore commits it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingFileCommit(
    [property: Id(0)] int Subtask,
    [property: Id(1)] long CheckpointId,
    [property: Id(2)] string HiddenName,
    [property: Id(3)] string FinalName);
