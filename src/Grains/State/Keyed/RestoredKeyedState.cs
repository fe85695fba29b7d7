using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>
/// A state read from snapshots that no operator has registered yet: its recorded kind and value type, checked
/// against the registration, and its undecoded segments for this backend's key groups.
/// </summary>
internal sealed class RestoredKeyedState(string name, StateKind kind, string typeName)
{
    public string Name { get; } = name;

    public StateKind Kind { get; } = kind;

    public string TypeName { get; } = typeName;

    public List<RestoredSegment> Segments { get; } = [];
}
