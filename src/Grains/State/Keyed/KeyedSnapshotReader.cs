using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// Parses a keyed snapshot payload's header and index, then slices out the undecoded segments of the key groups a
/// restoring backend owns. It decodes no state values.
/// </summary>
internal sealed class KeyedSnapshotReader
{
    private readonly ReadOnlyMemory<byte> payload;

    /// <summary>The payload's format version; version 1 blocks carry no removed count.</summary>
    private readonly int version;

    /// <summary>Where the u32 offset index starts.</summary>
    private readonly int indexPosition;

    /// <summary>Where group blocks start; index offsets are relative to it.</summary>
    private readonly int bodyPosition;

    public KeyedSnapshotReader(ReadOnlyMemory<byte> payload)
    {
        this.payload = payload;
        var reader = new StateReader(payload);
        if (payload.Length < 4 || reader.ReadUInt32() != KeyedSnapshotFormat.Magic)
        {
            throw new SnapshotFormatException("The payload is not a GrainFlow keyed-state snapshot.");
        }

        version = reader.ReadCount();
        if (version is not (KeyedSnapshotFormat.Version or KeyedSnapshotFormat.FullOnlyVersion))
        {
            throw new SnapshotFormatException($"Keyed-state snapshot format version {version} is not supported.");
        }

        MaxParallelism = reader.ReadCount();
        KeyGroups = new KeyGroupRange(reader.ReadCount(), reader.ReadCount());
        IsIncrement = version != KeyedSnapshotFormat.FullOnlyVersion && reader.ReadByte() switch
        {
            KeyedSnapshotFormat.Full => false,
            KeyedSnapshotFormat.Increment => true,
            var other => throw new SnapshotFormatException($"Keyed-state snapshot kind {other} is not known."),
        };
        var states = new RestoredKeyedState[reader.ReadCount()];
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = new RestoredKeyedState(reader.ReadString(), (StateKind)reader.ReadByte(), reader.ReadString());
        }

        States = states;
        indexPosition = reader.Position;
        bodyPosition = indexPosition + (4 * (KeyGroups.Count + 1));
        if (bodyPosition > payload.Length)
        {
            throw new SnapshotFormatException("The keyed-state snapshot's key group index is truncated.");
        }
    }

    public int MaxParallelism { get; }

    public KeyGroupRange KeyGroups { get; }

    /// <summary>Whether the payload holds only the changes since an earlier snapshot.</summary>
    public bool IsIncrement { get; }

    /// <summary>The snapshot's states, in the order state indexes in the body refer to; segments not yet read.</summary>
    public IReadOnlyList<RestoredKeyedState> States { get; }

    /// <summary>Adds to <see cref="States"/> the segments of every group that is also in <paramref name="owned"/>.</summary>
    public void ReadSegments(KeyGroupRange owned)
    {
        var first = Math.Max(owned.Start, KeyGroups.Start);
        var last = Math.Min(owned.End, KeyGroups.End);
        var index = new StateReader(payload);
        for (var group = first; group <= last; group++)
        {
            index.Position = indexPosition + (4 * (group - KeyGroups.Start));
            var start = bodyPosition + (int)index.ReadUInt32();
            var end = bodyPosition + (int)index.ReadUInt32();
            if (start > end || end > payload.Length)
            {
                throw new SnapshotFormatException($"Key group {group}'s block lies outside the snapshot.");
            }

            ReadGroup(group, new StateReader(payload[..end]) { Position = start });
        }
    }

    private void ReadGroup(int group, StateReader block)
    {
        while (!block.AtEnd)
        {
            var state = block.ReadCount();
            if (state >= States.Count)
            {
                throw new SnapshotFormatException($"Key group {group} refers to unknown state index {state}.");
            }

            var entries = block.ReadCount();
            var removed = version == KeyedSnapshotFormat.FullOnlyVersion ? 0 : block.ReadCount();
            var length = (int)block.ReadUInt32();
            States[state].Segments.Add(new RestoredSegment(group, entries, removed, IsIncrement, block.ReadSlice(length)));
        }
    }
}
