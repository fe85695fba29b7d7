namespace GrainFlow.Storage;

/// <summary>
/// The grain state GrainFlow writes through <c>IGrainStorage</c>: one enveloped object. A class with a settable
/// property (not a positional record) because storage providers create an empty instance when nothing is stored.
/// </summary>
[GenerateSerializer]
public sealed class StoredObject
{
    /// <summary>The bytes as an array: those read back, or those written when they were given as one.</summary>
    [NonSerialized]
    private byte[]? bytes = [];

    /// <summary>The bytes as the writer gave them, possibly a slice of a pooled buffer.</summary>
    [NonSerialized]
    private ReadOnlyMemory<byte> content = ReadOnlyMemory<byte>.Empty;

    public StoredObject()
    {
    }

    public StoredObject(byte[] bytes)
    {
        Bytes = bytes;
    }

    /// <summary>
    /// An object to write from a slice of a buffer the caller owns until the write completes (a checkpoint's
    /// envelope, from <see cref="State.Serialization.SnapshotBuffers"/>); never kept or read back.
    /// </summary>
    public StoredObject(ReadOnlyMemory<byte> content)
    {
        bytes = null;
        this.content = content;
    }

    /// <summary>The envelope bytes (see <see cref="SnapshotEnvelope"/>), exactly as they sit in the medium.</summary>
    [Id(0)]
    public byte[] Bytes
    {
        get => bytes ??= content.ToArray();
        set
        {
            bytes = value;
            content = value;
        }
    }

    /// <summary>What a provider writes: <see cref="Bytes"/> without copying a slice into an array of its own.</summary>
    public ReadOnlyMemory<byte> Content => content;
}
