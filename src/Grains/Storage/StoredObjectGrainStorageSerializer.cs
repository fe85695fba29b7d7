using Orleans.Storage;

namespace GrainFlow.Storage;

/// <summary>
/// The binary grain storage serializer of GrainFlow's provider: a <see cref="StoredObject"/> is written as its raw
/// envelope bytes, so the file or blob is the envelope itself and damage at rest (truncation, a flipped bit) is
/// reported by the envelope with a precise <see cref="SnapshotCorruption"/>, not by a serializer failure. Any other
/// state type falls back to <see cref="OrleansGrainStorageSerializer"/> (binary, never the JSON default).
/// </summary>
public sealed class StoredObjectGrainStorageSerializer : IGrainStorageSerializer
{
    /// <summary>For state types other than <see cref="StoredObject"/>, should anything else share the provider.</summary>
    private readonly IGrainStorageSerializer fallback;

    public StoredObjectGrainStorageSerializer(IGrainStorageSerializer fallback)
    {
        this.fallback = fallback;
    }

    public BinaryData Serialize<T>(T? input) =>
        input is StoredObject stored ? new BinaryData(stored.Content) : fallback.Serialize(input);

    /// <summary>Copies the input: providers may hand over a pooled buffer that they reuse after this returns.</summary>
    public T? Deserialize<T>(BinaryData input) =>
        typeof(T) == typeof(StoredObject)
            ? (T)(object)new StoredObject(input.ToArray())
            : fallback.Deserialize<T>(input);
}
