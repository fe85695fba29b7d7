namespace GrainFlow.State.Serialization;

/// <summary>The fast path for <c>double</c>: eight little-endian bytes, exact for every value.</summary>
internal sealed class DoubleStateSerializer : StateSerializer<double>
{
    public static readonly DoubleStateSerializer Instance = new();

    public override string TypeName => "double";

    public override void Write(StateWriter writer, double value) => writer.WriteDouble(value);

    public override double Read(StateReader reader) => reader.ReadDouble();
}
