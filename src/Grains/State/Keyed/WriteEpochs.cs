namespace GrainFlow.State.Keyed;

/// <summary>
/// A keyed backend's snapshot clock, shared by all its maps. Every write stamps its entry with <see cref="Current"/>
/// and every snapshot ends an epoch, so an incremental snapshot finds what changed since an earlier one by comparing
/// stamps: the per-record path pays one store, not a changelog append.
/// </summary>
internal sealed class WriteEpochs
{
    /// <summary>The epoch writes now belong to; a snapshot taken now holds every write stamped at or before it.</summary>
    public int Current;

    /// <summary>
    /// Whether maps keep the keys they remove, which an increment must carry as deletions. Only an incremental
    /// backend does: nothing would ever forget them otherwise.
    /// </summary>
    public bool KeepsRemovals;

    /// <summary>Removals stamped at or before this epoch are needed by no later increment (each builds on a newer base).</summary>
    public int ForgottenThrough = -1;
}
