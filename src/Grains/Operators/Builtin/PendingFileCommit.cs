namespace GrainFlow.Operators.Builtin;

/// <summary>
/// A part file pre-committed at a barrier: written and closed under a hidden name, to be renamed into place when
/// checkpoint <see cref="CheckpointId"/> completes. Kept in the sink's operator state, so a restore commits it; the
/// directory is recorded because a job restored from a savepoint may write elsewhere, while the pending file is
/// where the old job wrote it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PendingFileCommit(
    [property: Id(0)] int Subtask,
    [property: Id(1)] long CheckpointId,
    [property: Id(2)] string HiddenName,
    [property: Id(3)] string FinalName,
    [property: Id(4)] string Directory);
