namespace GrainFlow.Model;

/// <summary>
/// One field of every record in a batch, stored as a primitive array so that a batch serialises as a handful of
/// block copies instead of one object per record. Exactly one of the arrays is set, according to <see cref="Type"/>;
/// <see cref="Missing"/> marks records that lack the field (null when all have it).
/// </summary>
[GenerateSerializer, Immutable]
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

    [Id(0)] public string Name { get; }
    [Id(1)] public FieldType Type { get; }
    /// <summary>Values of <see cref="FieldType.Int64"/> and <see cref="FieldType.Boolean"/> (0 or 1) columns.</summary>
    [Id(2)] public long[]? Longs { get; }
    [Id(3)] public double[]? Doubles { get; }
    [Id(4)] public string?[]? Strings { get; }
    [Id(5)] public bool[]? Missing { get; }

    public bool IsPresent(int row) => Missing is null || !Missing[row];
}
