namespace GrainFlow.State.Operator;

/// <summary>
/// Decides which elements of an operator list state a new subtask receives, as Flink's
/// <c>RoundRobinOperatorStateRepartitioner</c> does: at unchanged parallelism each subtask keeps its own list;
/// otherwise <see cref="OperatorStateMode.SplitDistribute"/> concatenates the old lists in subtask order and gives
/// subtask <c>i</c> the <c>i</c>-th contiguous share (the first <c>total % n</c> shares one element larger), and
/// <see cref="OperatorStateMode.Union"/> gives every subtask the whole concatenation. Pure, so it is tested alone.
/// </summary>
public static class OperatorStateRedistribution
{
    public static IReadOnlyList<T> Assign<T>(
        OperatorStateMode mode, IReadOnlyList<IReadOnlyList<T>> oldLists, int newIndex, int newParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(newParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(newIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(newIndex, newParallelism);
        if (mode == OperatorStateMode.SplitDistribute && oldLists.Count == newParallelism)
        {
            return oldLists[newIndex];
        }

        var all = oldLists.SelectMany(list => list).ToArray();
        if (mode == OperatorStateMode.Union)
        {
            return all;
        }

        var share = all.Length / newParallelism;
        var larger = all.Length % newParallelism;
        var start = (newIndex * share) + Math.Min(newIndex, larger);
        var count = share + (newIndex < larger ? 1 : 0);
        return all.AsSpan(start, count).ToArray();
    }
}
