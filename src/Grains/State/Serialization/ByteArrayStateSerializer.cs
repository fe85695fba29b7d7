namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>byte[]</c>: a varint length and the raw bytes.</summary>
internal sealed class ByteArrayStateSerializer : StateSerializer<byte[]>
{
    public static readonly ByteArrayStateSerializer Instance = new();

    public override string TypeName => "bytes";

    public override void Write(StateWriter writer, byte[] value) => writer.WriteBytes(value);

    public override byte[] Read(StateReader reader) => reader.ReadBlock().ToArray();
}
