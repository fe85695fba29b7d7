namespace GrainFlow.Storage;

/// <summary>
/// Small records with optimistic concurrency (the job registry, a coordinator's state). Guarantees: read-after-write;
/// a write succeeds only if <c>expectedETag</c> is the current ETag (null: the record must be absent), otherwise it
/// throws <see cref="StateRecordConflictException"/> and changes nothing, so two activations of one coordinator
/// cannot both win; records are enveloped and bound to their name, so corruption throws
/// <see cref="SnapshotCorruptedException"/> instead of reading as absent.
/// </summary>
public interface IStateRecordStore
{
    Task<StateRecord?> ReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Writes the record if <paramref name="expectedETag"/> is current; returns the new ETag.</summary>
    Task<string> WriteAsync(string name, ReadOnlyMemory<byte> bytes, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record if <paramref name="expectedETag"/> is current; an absent record is already deleted.</summary>
    Task DeleteAsync(string name, string expectedETag, CancellationToken cancellationToken = default);
}
