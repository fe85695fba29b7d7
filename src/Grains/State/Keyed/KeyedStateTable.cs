using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>
/// One registered keyed state: its name, kind and value type, and its entries split by key group. This untyped base
/// lets the backend snapshot, restore and count every state without knowing its value type.
/// </summary>
internal abstract class KeyedStateTable(string name, StateKind kind)
{
    public string Name { get; } = name;

    public StateKind Kind { get; } = kind;

    public abstract string TypeName { get; }

    public abstract void CollectKeys(HashSet<string> keys);

    public abstract int EntryCount { get; }

    /// <summary>
    /// The synchronous part of a snapshot: pins every key group's current entries, of which the snapshot writes those
    /// written after epoch <paramref name="since"/> (all of them when it is negative).
    /// </summary>
    public abstract KeyedStateCapture Capture(int since);

    public abstract void Restore(RestoredKeyedState restored);
}
