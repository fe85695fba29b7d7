using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// The typed capture of one <see cref="KeyedStateTable{TState}"/>: the maps it pinned, by group index, and the epoch
/// of the snapshot it builds on (negative for a full snapshot).
/// </summary>
internal sealed class KeyedStateCapture<TState>(
    KeyedStateTable<TState> table,
    CopyOnWriteStateMap<TState>[] maps,
    StateMap<TState>[] captured,
    int since) : KeyedStateCapture(table.Name, table.Kind, table.TypeName)
{
    public override int EntryCount(int groupIndex) => captured[groupIndex].CountWrittenAfter(since);

    public override void WriteEntries(StateWriter writer, int groupIndex) =>
        captured[groupIndex].WriteEntries(writer, table.Serializer, since);

    public override IReadOnlyList<string> RemovedKeys(int groupIndex) => captured[groupIndex].RemovedKeys(since);

    public override void Release()
    {
        for (var i = 0; i < maps.Length; i++)
        {
            maps[i].Unpin(captured[i]);
        }
    }
}
