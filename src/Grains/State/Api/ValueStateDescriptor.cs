namespace GrainFlow.State.Api;

/// <summary>Describes a single value per key; <see cref="DefaultValue"/> is what a key without a value reads.</summary>
public sealed class ValueStateDescriptor<T>(string name, T? defaultValue = default) : StateDescriptor(name)
{
    public T? DefaultValue { get; } = defaultValue;

    public override StateKind Kind => StateKind.Value;
}
