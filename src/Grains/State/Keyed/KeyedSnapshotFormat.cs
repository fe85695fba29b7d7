namespace GrainFlow.State.Keyed;

/// <summary>
/// The layout of a keyed-state snapshot payload, written by <see cref="KeyedStateSnapshot"/> and read by
/// <see cref="KeyedSnapshotReader"/>:
/// <code>
/// magic u32 "GFKS" | version | maxParallelism | first group | last group         (varints)
/// increment flag byte (0: every entry; 1: the entries written and the keys removed since the base snapshot)
/// state count | per state: name, kind byte, value type name
/// index: (groups + 1) u32 offsets of each group's block, relative to the body start
/// body, per group: per state with changes: state index, entry count, removed count, u32 byte length,
///                  entries (key, value), removed keys
/// </code>
/// The index lets a restore at another parallelism read only the groups it owns; the byte length lets it keep a
/// state's entries undecoded until the state is registered. An increment has the same layout, so a restore reads a
/// full snapshot and the increments after it one after another, each overwriting and removing keys.
/// <para>
/// Version 1, written before incremental checkpoints, has neither the increment flag nor the removed counts; it is
/// still read, so savepoints and checkpoints taken by an earlier GrainFlow restore after an upgrade.
/// </para>
/// </summary>
internal static class KeyedSnapshotFormat
{
    /// <summary>"GFKS" little-endian: refuses an operator-state or foreign payload at the first four bytes.</summary>
    public const uint Magic = 0x534B4647;

    public const int Version = 2;

    /// <summary>The version before increments: always a full snapshot, no removed counts.</summary>
    public const int FullOnlyVersion = 1;

    public const byte Full = 0;

    public const byte Increment = 1;
}
