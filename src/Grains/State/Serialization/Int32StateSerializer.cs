namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>int</c>: a zig-zag varint.</summary>
internal sealed class Int32StateSerializer : StateSerializer<int>
{
    public static readonly Int32StateSerializer Instance = new();

    public override string TypeName => "int";

    public override void Write(StateWriter writer, int value) => writer.WriteVarInt32(value);

    public override int Read(StateReader reader) => reader.ReadVarInt32();
}
