using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// Which snapshot objects the kept checkpoints list, as Flink's <c>SharedStateRegistry</c>: with incremental
/// checkpoints a full keyed snapshot and its increments are listed by every checkpoint built on them, so an object
/// may be deleted only once no kept checkpoint lists it, and a checkpoint may complete only while every object it
/// shares is still kept.
/// </summary>
public sealed class SharedStateRegistry
{
    /// <summary>The locations the kept checkpoints list.</summary>
    private readonly HashSet<string> listed;

    /// <summary>The locations <see cref="Release"/> has already given out, so no object is deleted twice.</summary>
    private readonly HashSet<string> released = new(StringComparer.Ordinal);

    public SharedStateRegistry(IEnumerable<CompletedCheckpoint> kept) =>
        listed = kept.SelectMany(c => c.Acknowledgements.Values).SelectMany(a => a.Handles).Select(h => h.Location).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The objects <paramref name="completing"/> shares from earlier checkpoints that no kept checkpoint lists: they
    /// were deleted, or are about to be, so it must not complete.
    /// </summary>
    public IReadOnlyList<SnapshotHandle> Missing(CompletedCheckpoint completing) =>
        completing.Acknowledgements.Values
            .SelectMany(a => a.Handles.Where(h => !h.IsWrittenFor(a.CheckpointId)))
            .Where(h => !listed.Contains(h.Location))
            .ToList();

    /// <summary>The objects of <paramref name="discarded"/> that no kept checkpoint lists, each given out once: these may be deleted.</summary>
    public IReadOnlyList<SnapshotHandle> Release(CompletedCheckpoint discarded) =>
        discarded.Acknowledgements.Values
            .SelectMany(a => a.Handles)
            .Where(h => !listed.Contains(h.Location) && released.Add(h.Location))
            .ToList();
}
