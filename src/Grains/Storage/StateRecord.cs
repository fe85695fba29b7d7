namespace GrainFlow.Storage;

/// <summary>
/// A small record as read from an <see cref="IStateRecordStore"/>: its bytes and the ETag that a fenced write must
/// present to replace it.
/// </summary>
public sealed record StateRecord(ReadOnlyMemory<byte> Bytes, string ETag);
