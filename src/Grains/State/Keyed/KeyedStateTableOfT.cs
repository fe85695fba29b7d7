using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// A keyed state's entries with their value type: one copy-on-write map per key group of the backend's range, so a
/// snapshot is written and a restore is read group by group. State objects reach the current key's map through
/// <see cref="Current"/> with an array index, which keeps the per-record path free of allocation.
/// </summary>
internal sealed class KeyedStateTable<TState> : KeyedStateTable
{
    /// <summary>The backend's current key, shared so that state objects follow it.</summary>
    private readonly CurrentKey current;

    /// <summary>The first key group of the backend's range: group <c>g</c> lives at <c>maps[g - firstGroup]</c>.</summary>
    private readonly int firstGroup;

    private readonly CopyOnWriteStateMap<TState>[] maps;

    public KeyedStateTable(
        string name, StateKind kind, KeyGroupRange range, CurrentKey current, WriteEpochs epochs, StateSerializer<TState> serializer)
        : base(name, kind)
    {
        this.current = current;
        Serializer = serializer;
        firstGroup = range.Start;
        maps = new CopyOnWriteStateMap<TState>[range.Count];
        for (var i = 0; i < maps.Length; i++)
        {
            maps[i] = new CopyOnWriteStateMap<TState>(serializer, epochs);
        }
    }

    public StateSerializer<TState> Serializer { get; }

    public override string TypeName => Serializer.TypeName;

    public StateKey Key => current.IsSet ? current.Key : throw NoCurrentKey();

    public CopyOnWriteStateMap<TState> Current
    {
        get
        {
            var index = current.GroupIndex;
            return index >= 0 ? maps[index] : throw NoCurrentKey();
        }
    }

    public override int EntryCount => maps.Sum(m => m.Entries.Count);

    public override void CollectKeys(HashSet<string> keys)
    {
        foreach (var map in maps)
        {
            keys.UnionWith(map.Entries.Keys);
        }
    }

    public override KeyedStateCapture Capture(int since)
    {
        var captured = new StateMap<TState>[maps.Length];
        for (var i = 0; i < maps.Length; i++)
        {
            captured[i] = maps[i].Pin();
        }

        return new KeyedStateCapture<TState>(this, maps, captured, since);
    }

    public override void Restore(RestoredKeyedState restored)
    {
        foreach (var segment in restored.Segments)
        {
            var entries = maps[segment.KeyGroup - firstGroup].Writable;
            var reader = new StateReader(segment.Entries);
            if (!segment.IsIncrement)
            {
                entries.EnsureCapacity(entries.Count + segment.EntryCount); // an increment mostly rewrites keys already there
            }

            for (var i = 0; i < segment.EntryCount; i++)
            {
                var key = reader.ReadString();
                entries.Set(new StateKey(key), Serializer.Read(reader));
            }

            for (var i = 0; i < segment.RemovedCount; i++)
            {
                entries.Remove(new StateKey(reader.ReadString()));
            }
        }
    }

    private static InvalidOperationException NoCurrentKey() =>
        new("No current key: the runtime must call SetCurrentKey before keyed state is accessed.");
}
