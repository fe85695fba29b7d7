namespace GrainFlow.State.Keyed;

/// <summary>
/// The layout of a keyed-state snapshot payload, written by <see cref="KeyedStateSnapshot"/> and read by
/// <see cref="KeyedSnapshotReader"/>:
/// <code>
/// magic u32 "GFKS" | version | maxParallelism | first group | last group         (varints)
/// state count | per state: name, kind byte, value type name
/// index: (groups + 1) u32 offsets of each group's block, relative to the body start
/// body, per group: per state with entries: state index, entry count, u32 byte length, entries (key, value)
/// </code>
/// The index lets a restore at another parallelism read only the groups it owns; the byte length lets it keep a
/// state's entries undecoded until the state is registered.
/// </summary>
internal static class KeyedSnapshotFormat
{
    /// <summary>"GFKS" little-endian: refuses an operator-state or foreign payload at the first four bytes.</summary>
    public const uint Magic = 0x534B4647;

    public const int Version = 1;
}
