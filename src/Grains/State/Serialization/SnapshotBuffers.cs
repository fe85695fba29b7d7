using System.Buffers;

namespace GrainFlow.State.Serialization;

/// <summary>
/// The pool that checkpoint-sized buffers (encoded keyed state, and the enveloped object the store writes) come
/// from. They recur every interval at the same sizes, megabytes each; fresh arrays for them are large-object garbage,
/// which forced full collections and page faults at every checkpoint.
/// </summary>
/// <remarks>
/// Not <see cref="ArrayPool{T}.Shared"/>: it caches a returned array on the returning thread first and trims under
/// memory pressure, and a snapshot's buffer is rented and returned on whichever pool thread runs the upload, so the
/// allocation traces showed most rents at 1 M keys allocating anew. A pool of locked buckets hands any thread the
/// array another returned, and keeps what it holds.
/// </remarks>
public static class SnapshotBuffers
{
    /// <summary>Arrays of up to 1 GiB, a few per size: one per snapshot upload in flight on this silo.</summary>
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(maxArrayLength: 1 << 30, maxArraysPerBucket: 16);
}
