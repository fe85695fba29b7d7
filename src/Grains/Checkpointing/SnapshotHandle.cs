using GrainFlow.Model;
using GrainFlow.State;

namespace GrainFlow.Checkpointing;

/// <summary>
/// Where one written snapshot object lives and what it covers: enough to read it back, verify it, and (for keyed
/// state) decide whether a subtask restored at another parallelism needs it.
/// </summary>
/// <param name="Location">The storage name of the object, built by <c>StorageNames</c>; opaque to everything else.</param>
/// <param name="Bytes">The stored size, envelope included.</param>
/// <param name="Checksum">The payload checksum the envelope carries; checked again on read.</param>
/// <param name="KeyGroups">The key groups a keyed-state object covers; <see cref="KeyGroupRange.Empty"/> for operator state.</param>
/// <param name="Kind">Whether the object holds keyed or operator state.</param>
/// <param name="ETag">
/// The ETag the object's write got, so that discarding it needs no read of its (megabytes of) content to learn one;
/// null when unknown (handles written before it was recorded), and a stale one only costs that read.
/// </param>
/// <param name="WrittenAt">
/// The checkpoint whose subtask wrote the object. An incremental checkpoint lists, besides what it wrote, the
/// objects of earlier checkpoints its keyed state builds on (a full snapshot and the increments since), so the
/// object's envelope is verified against this checkpoint, not the one being restored; null means the checkpoint that
/// lists the handle (handles recorded before incremental checkpoints).
/// </param>
[GenerateSerializer, Immutable]
public sealed record SnapshotHandle(
    [property: Id(0)] string Location,
    [property: Id(1)] long Bytes,
    [property: Id(2)] uint Checksum,
    [property: Id(3)] KeyGroupRange KeyGroups,
    [property: Id(4)] SnapshotHandleKind Kind,
    [property: Id(5)] string? ETag = null,
    [property: Id(6)] CheckpointId? WrittenAt = null)
{
    /// <summary>Whether the object was written for <paramref name="checkpoint"/>, rather than shared from an earlier one.</summary>
    public bool IsWrittenFor(CheckpointId checkpoint) => WrittenAt is not { } written || written == checkpoint;
}
