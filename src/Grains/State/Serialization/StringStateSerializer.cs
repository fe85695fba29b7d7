namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>string</c>: a varint byte count and UTF-8.</summary>
internal sealed class StringStateSerializer : StateSerializer<string>
{
    public static readonly StringStateSerializer Instance = new();

    public override string TypeName => "string";

    public override void Write(StateWriter writer, string value) => writer.WriteString(value);

    public override string Read(StateReader reader) => reader.ReadString();
}
