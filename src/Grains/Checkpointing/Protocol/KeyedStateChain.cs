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
public sealed record KeyedStateChain(SnapshotEpoch Epoch, IReadOnlyList<SnapshotHandle> Handles, long FullBytes, long IncrementBytes)
{
    public static KeyedStateChain Full(SnapshotEpoch epoch, SnapshotHandle handle) => new(epoch, [handle], handle.Bytes, 0);

    /// <summary>This chain with one more increment, which captured <paramref name="epoch"/>.</summary>
    public KeyedStateChain Extend(SnapshotEpoch epoch, SnapshotHandle increment) =>
        new(epoch, [.. Handles, increment], FullBytes, IncrementBytes + increment.Bytes);
}
