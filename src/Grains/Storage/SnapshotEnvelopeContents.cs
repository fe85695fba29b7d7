using GrainFlow.Model;

namespace GrainFlow.Storage;

/// <summary>
/// A structurally sound envelope, opened: who it was written for and its verified payload. Returned by
/// <see cref="SnapshotEnvelope.Open"/> for readers that learn the owner from the object itself.
/// </summary>
public readonly record struct SnapshotEnvelopeContents(JobId Job, CheckpointId Checkpoint, uint Checksum, ReadOnlyMemory<byte> Payload);
