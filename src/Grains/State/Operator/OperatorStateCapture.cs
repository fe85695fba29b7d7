using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>The untyped view of an <see cref="OperatorStateCapture{T}"/> that the snapshot writes.</summary>
internal abstract class OperatorStateCapture(string name, OperatorStateMode mode, string typeName)
{
    public string Name { get; } = name;

    public OperatorStateMode Mode { get; } = mode;

    public string TypeName { get; } = typeName;

    public abstract void WriteElements(StateWriter writer);
}
