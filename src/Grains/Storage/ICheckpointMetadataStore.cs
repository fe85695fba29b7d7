namespace GrainFlow.Storage;

/// <summary>
/// Where the checkpoint coordinator commits checkpoints and savepoints. Guarantees: <see cref="TryCreateAsync"/> is
/// create-if-absent and atomic: exactly one caller gets <see cref="MetadataCreation.Created"/> for a name, and the
/// first content stays; that write is the commit point, so a checkpoint whose metadata is absent never completed.
/// <see cref="ReadAsync"/> is read-after-write, returns null only when the name is absent, and throws
/// <see cref="SnapshotCorruptedException"/> for an object that does not verify (bound to its name by the envelope).
/// </summary>
public interface ICheckpointMetadataStore
{
    Task<MetadataCreation> TryCreateAsync(string name, ReadOnlyMemory<byte> metadata, CancellationToken cancellationToken = default);

    Task<ReadOnlyMemory<byte>?> ReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the metadata (un-committing it); deleting an absent name succeeds.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
