namespace GrainFlow.State.Serialization;

/// <summary>
/// Encodes a map state's value (a count, then key/value pairs) and copies the map on copy-on-write, so puts and
/// removes after a snapshot never reach the captured map.
/// </summary>
internal sealed class MapStateSerializer<TKey, TValue>(StateSerializer<TKey> keys, StateSerializer<TValue> values)
    : StateSerializer<Dictionary<TKey, TValue>>
    where TKey : notnull
{
    public override string TypeName { get; } = $"map<{keys.TypeName},{values.TypeName}>";

    public override bool CopiesValues => true;

    public override void Write(StateWriter writer, Dictionary<TKey, TValue> value)
    {
        writer.WriteCount(value.Count);
        foreach (var (key, item) in value)
        {
            keys.Write(writer, key);
            values.Write(writer, item);
        }
    }

    public override Dictionary<TKey, TValue> Read(StateReader reader)
    {
        var count = reader.ReadCount();
        var map = new Dictionary<TKey, TValue>(Math.Min(count, reader.Length));
        for (var i = 0; i < count; i++)
        {
            var key = keys.Read(reader);
            map[key] = values.Read(reader);
        }

        return map;
    }

    public override Dictionary<TKey, TValue> Copy(Dictionary<TKey, TValue> value) => new(value);
}
