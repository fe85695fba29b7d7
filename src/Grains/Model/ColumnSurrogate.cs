namespace GrainFlow.Model;

/// <summary>
/// The wire form of a <see cref="Column"/>: primitive arrays as they are, and strings packed into one UTF-8 block
/// with a length per row (-1 for a null), so a batch of a thousand keys serialises as a few block copies.
/// </summary>
[GenerateSerializer]
public struct ColumnSurrogate
{
    [Id(0)] public string Name;
    [Id(1)] public FieldType Type;
    [Id(2)] public long[]? Longs;
    [Id(3)] public double[]? Doubles;
    [Id(4)] public byte[]? Utf8;
    [Id(5)] public int[]? Lengths;
    [Id(6)] public bool[]? Missing;
}
