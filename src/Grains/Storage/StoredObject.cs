namespace GrainFlow.Storage;

/// <summary>
/// The grain state GrainFlow writes through <c>IGrainStorage</c>: one enveloped object. A class with a settable
/// property (not a positional record) because storage providers create an empty instance when nothing is stored.
/// </summary>
[GenerateSerializer]
public sealed class StoredObject
{
    public StoredObject()
    {
    }

    public StoredObject(byte[] bytes)
    {
        Bytes = bytes;
    }

    /// <summary>The envelope bytes (see <see cref="SnapshotEnvelope"/>), exactly as they sit in the medium.</summary>
    [Id(0)]
    public byte[] Bytes { get; set; } = [];
}
