using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// One state's pinned per-key-group entries inside a <see cref="KeyedStateSnapshot"/>. Writing reads only the
/// pinned maps, which the live state no longer mutates, so it is safe on another thread.
/// </summary>
internal abstract class KeyedStateCapture(string name, StateKind kind, string typeName)
{
    public string Name { get; } = name;

    public StateKind Kind { get; } = kind;

    public string TypeName { get; } = typeName;

    /// <summary>How many entries of the group the snapshot writes: all, or those changed since its base.</summary>
    public abstract int EntryCount(int groupIndex);

    public abstract void WriteEntries(StateWriter writer, int groupIndex);

    /// <summary>The group's keys removed since the snapshot's base; empty for a full snapshot.</summary>
    public abstract IReadOnlyList<string> RemovedKeys(int groupIndex);

    public abstract void Release();
}
