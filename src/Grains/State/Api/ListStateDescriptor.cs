namespace GrainFlow.State.Api;

/// <summary>Describes a list of elements per key (keyed state) or per subtask (operator state).</summary>
public sealed class ListStateDescriptor<T>(string name) : StateDescriptor(name)
{
    public override StateKind Kind => StateKind.List;
}
