using Orleans.Serialization;

namespace GrainFlow.State.Serialization;

/// <summary>
/// The general path for any type Orleans can serialize (user types marked <c>[GenerateSerializer]</c>): each value
/// is written as a length-prefixed Orleans payload, so its encoding stays version tolerant by field ids.
/// </summary>
internal sealed class OrleansStateSerializer<T>(Serializer serializer) : StateSerializer<T>
{
    public override string TypeName { get; } = typeof(T).FullName ?? typeof(T).Name;

    public override void Write(StateWriter writer, T value) => writer.WriteBytes(serializer.SerializeToArray(value));

    public override T Read(StateReader reader) => serializer.Deserialize<T>(reader.ReadBlock())!;
}
