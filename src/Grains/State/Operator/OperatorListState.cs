using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>The untyped view of a registered operator list state, for snapshots and restores.</summary>
internal abstract class OperatorListState(string name, OperatorStateMode mode)
{
    public string Name { get; } = name;

    public OperatorStateMode Mode { get; } = mode;

    public abstract string TypeName { get; }

    public abstract OperatorStateCapture Capture();

    /// <summary>Replaces the elements with the encoded ones this subtask was assigned.</summary>
    public abstract void Restore(IReadOnlyList<ReadOnlyMemory<byte>> elements);
}
