namespace GrainFlow.Model;

/// <summary>
/// One field of every record in a batch, stored as a primitive array so that a batch serialises as a handful of
/// block copies instead of one object per record. Exactly one of the arrays is set, according to <see cref="Type"/>;
/// <see cref="Missing"/> marks records that lack the field (null when all have it). On the wire it travels as a
/// <see cref="ColumnSurrogate"/>, with a string column packed into one UTF-8 block: serialising a string array
/// field by field costs a reference-tracking lookup per string, which profiling showed to be most of a stream hop.
/// </summary>
[Immutable]
public sealed class Column
{
    public Column(string name, FieldType type, long[]? longs, double[]? doubles, string?[]? strings, bool[]? missing)
    {
        Name = name;
        Type = type;
        Longs = longs;
        Doubles = doubles;
        Strings = strings;
        Missing = missing;
    }

    public string Name { get; }
    public FieldType Type { get; }
    /// <summary>Values of <see cref="FieldType.Int64"/> and <see cref="FieldType.Boolean"/> (0 or 1) columns.</summary>
    public long[]? Longs { get; }
    public double[]? Doubles { get; }
    public string?[]? Strings { get; }
    public bool[]? Missing { get; }

    public bool IsPresent(int row) => Missing is null || !Missing[row];
}
