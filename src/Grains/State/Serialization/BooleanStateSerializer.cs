namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>bool</c>: one byte.</summary>
internal sealed class BooleanStateSerializer : StateSerializer<bool>
{
    public static readonly BooleanStateSerializer Instance = new();

    public override string TypeName => "bool";

    public override void Write(StateWriter writer, bool value) => writer.WriteByte(value ? (byte)1 : (byte)0);

    public override bool Read(StateReader reader) => reader.ReadByte() != 0;
}
