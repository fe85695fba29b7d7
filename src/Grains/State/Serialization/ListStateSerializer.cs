namespace GrainFlow.State.Serialization;

/// <summary>
/// Encodes a list state's value (a count, then the elements) and copies the list on copy-on-write, so appends after a
/// snapshot never reach the captured list.
/// </summary>
internal sealed class ListStateSerializer<T>(StateSerializer<T> elements) : StateSerializer<List<T>>
{
    public override string TypeName { get; } = $"list<{elements.TypeName}>";

    public override bool CopiesValues => true;

    public override void Write(StateWriter writer, List<T> value)
    {
        writer.WriteCount(value.Count);
        foreach (var element in value)
        {
            elements.Write(writer, element);
        }
    }

    public override List<T> Read(StateReader reader)
    {
        var count = reader.ReadCount();
        var list = new List<T>(Math.Min(count, reader.Length));
        for (var i = 0; i < count; i++)
        {
            list.Add(elements.Read(reader));
        }

        return list;
    }

    public override List<T> Copy(List<T> value) => new(value);
}
