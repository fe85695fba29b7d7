using GrainFlow.State.Keyed;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// One subtask's keyed state in a checkpoint as stored objects: a full snapshot and the increments written on it
/// since, oldest first, which a restore reads in that order. With a full snapshot alone it is one object.
/// </summary>
/// <param name="Epoch">The backend epoch the newest object captured; the next increment builds on it.</param>
/// <param name="Handles">The full snapshot's handle, then each increment's.</param>
/// <param name="FullBytes">The full snapshot's size.</param>
/// <param name="IncrementBytes">The increments' total size: what a restore reads beyond the full snapshot.</param>
/// <param name="LastIncrementBytes">The newest increment's size (0 with none): what the next one will likely add.</param>
public sealed record KeyedStateChain(
    SnapshotEpoch Epoch, IReadOnlyList<SnapshotHandle> Handles, long FullBytes, long IncrementBytes, long LastIncrementBytes)
{
    public static KeyedStateChain Full(SnapshotEpoch epoch, SnapshotHandle handle) => new(epoch, [handle], handle.Bytes, 0, 0);

    /// <summary>
    /// Whether another increment keeps the chain within twice the full snapshot, supposing it is as large as the last
    /// one. Once the state changes almost entirely between checkpoints, an increment costs a full snapshot's bytes and
    /// only lengthens restores, so the chain then alternates: a full snapshot, one increment, a full snapshot.
    /// </summary>
    public bool CanGrow => IncrementBytes + LastIncrementBytes < FullBytes;

    /// <summary>This chain with one more increment, which captured <paramref name="epoch"/>.</summary>
    public KeyedStateChain Extend(SnapshotEpoch epoch, SnapshotHandle increment) =>
        new(epoch, [.. Handles, increment], FullBytes, IncrementBytes + increment.Bytes, increment.Bytes);
}
