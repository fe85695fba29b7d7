namespace GrainFlow.State.Api;

/// <summary>Describes a map per key, for state that is itself keyed by something other than the stream key.</summary>
public sealed class MapStateDescriptor<TKey, TValue>(string name) : StateDescriptor(name)
    where TKey : notnull
{
    public override StateKind Kind => StateKind.Map;
}
