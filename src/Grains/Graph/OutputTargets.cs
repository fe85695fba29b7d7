namespace GrainFlow.Graph;

/// <summary>
/// What one subtask sends to on one output edge: the downstream subtasks in index order (one for forward, all for
/// the other partitionings) with the channel index the sender occupies in each.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OutputTargets([property: Id(0)] ExecutionEdge Edge, [property: Id(1)] IReadOnlyList<OutputTarget> Targets)
{
    /// <summary>The target with downstream index <paramref name="downstreamIndex"/>, as the <see cref="Partitioner"/> names it.</summary>
    public OutputTarget TargetFor(int downstreamIndex)
    {
        foreach (var target in Targets)
        {
            if (target.Downstream.Index.Value == downstreamIndex)
            {
                return target;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(downstreamIndex), downstreamIndex,
            $"Subtask {downstreamIndex} of '{Edge.Target}' is not a target of this sender on this edge.");
    }
}
