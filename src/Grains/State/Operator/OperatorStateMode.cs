namespace GrainFlow.State.Operator;

/// <summary>
/// How an operator list state is redistributed when a job restores, as Flink's <c>OperatorStateHandle.Mode</c>.
/// </summary>
public enum OperatorStateMode : byte
{
    /// <summary>The old subtasks' lists are concatenated and split into contiguous, even shares (source splits).</summary>
    SplitDistribute = 1,

    /// <summary>Every new subtask receives every element of every old subtask (shared offsets, broadcast config).</summary>
    Union = 2,
}
