namespace GrainFlow.Checkpointing;

/// <summary>What a <see cref="SnapshotHandle"/> holds.</summary>
public enum SnapshotHandleKind
{
    /// <summary>Keyed state, partitioned by key group; redistributed by range on restore.</summary>
    Keyed = 0,

    /// <summary>Operator (non-keyed) list state, such as a source's offsets.</summary>
    Operator = 1,
}
