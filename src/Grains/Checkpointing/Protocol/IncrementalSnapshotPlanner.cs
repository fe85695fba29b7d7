using GrainFlow.Model;
using GrainFlow.State.Keyed;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// A subtask's side of incremental checkpoints: whether its next keyed snapshot is full or an increment, and which
/// objects its acknowledgement lists. As in Flink's incremental RocksDB backend, an increment builds only on the
/// chain of the last checkpoint this subtask heard <em>completed</em>: an aborted or still pending checkpoint's
/// objects may be deleted, a completed one's stay as long as a retained checkpoint lists them.
/// </summary>
/// <remarks>
/// A chain is cut (the next snapshot is full again) before its increments would add up to the full snapshot's size
/// (<see cref="KeyedStateChain.CanGrow"/>), so a restore reads at most about twice the state, and the objects
/// retention keeps stay bounded. Savepoints are
/// always full and never a base: they belong to the user and must stand alone. A new attempt starts with no chain,
/// so its first snapshot is full: it owns nothing the checkpoint it restored from wrote.
/// </remarks>
public sealed class IncrementalSnapshotPlanner
{
    /// <summary>The chains of this attempt's checkpoints not yet completed nor aborted, by checkpoint.</summary>
    private readonly Dictionary<CheckpointId, KeyedStateChain> pending = [];

    /// <summary>The chain of the newest checkpoint this subtask heard completed; null until then.</summary>
    private KeyedStateChain? confirmed;

    /// <summary>The chain the snapshot for a checkpoint of <paramref name="kind"/> builds on; null when it must be full.</summary>
    public KeyedStateChain? BaseFor(CheckpointKind kind) =>
        !kind.IsSavepoint() && confirmed is { CanGrow: true } chain ? chain : null;

    /// <summary>
    /// Records the object written for <paramref name="checkpoint"/> (an increment over <paramref name="base"/>, or full
    /// when it is null) and returns the keyed handles its acknowledgement lists.
    /// </summary>
    public IReadOnlyList<SnapshotHandle> Written(
        CheckpointId checkpoint, CheckpointKind kind, SnapshotEpoch epoch, KeyedStateChain? @base, SnapshotHandle written)
    {
        var chain = @base is null ? KeyedStateChain.Full(epoch, written) : @base.Extend(epoch, written);
        if (!kind.IsSavepoint())
        {
            pending[checkpoint] = chain;
        }

        return chain.Handles;
    }

    /// <summary>
    /// <paramref name="checkpoint"/> completed: its chain becomes the base of later increments, and older pending ones
    /// are dropped (they were subsumed). Returns the epoch every later increment builds on or after, when it changed.
    /// </summary>
    public SnapshotEpoch? Complete(CheckpointId checkpoint)
    {
        var completed = pending.GetValueOrDefault(checkpoint);
        foreach (var id in pending.Keys.Where(id => id <= checkpoint).ToList())
        {
            pending.Remove(id);
        }

        if (completed is null)
        {
            return null;
        }

        confirmed = completed;
        return completed.Epoch;
    }

    /// <summary><paramref name="checkpoint"/> was aborted: its objects will be deleted, so nothing may build on them.</summary>
    public void Abort(CheckpointId checkpoint) => pending.Remove(checkpoint);
}
