namespace GrainFlow.State.Serialization;

/// <summary>
/// The fast path for <c>(long, long)</c> tuples, the shape of running aggregates such as (sum, count): two zig-zag
/// varints.
/// </summary>
internal sealed class Int64PairStateSerializer : StateSerializer<(long, long)>
{
    public static readonly Int64PairStateSerializer Instance = new();

    public override string TypeName => "(long,long)";

    public override void Write(StateWriter writer, (long, long) value)
    {
        writer.WriteVarInt64(value.Item1);
        writer.WriteVarInt64(value.Item2);
    }

    public override (long, long) Read(StateReader reader) => (reader.ReadVarInt64(), reader.ReadVarInt64());
}
