namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>long</c>: a zig-zag varint, so small sums and counts take one or two bytes.</summary>
internal sealed class Int64StateSerializer : StateSerializer<long>
{
    public static readonly Int64StateSerializer Instance = new();

    public override string TypeName => "long";

    public override void Write(StateWriter writer, long value) => writer.WriteVarInt64(value);

    public override long Read(StateReader reader) => reader.ReadVarInt64();
}
