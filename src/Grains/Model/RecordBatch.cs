namespace GrainFlow.Model;

/// <summary>
/// Records travel in batches, never one per message: a batch is columnar (one <see cref="Column"/> per field) and
/// immutable once built, so Orleans passes it between grains in one silo without copying. When a batch was
/// partitioned by key, <see cref="KeyGroups"/> carries each record's key group so it is hashed once per hop.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class RecordBatch
{
    public static readonly RecordBatch Empty = new(0, [], null);

    public RecordBatch(int count, Column[] columns, int[]? keyGroups)
    {
        Count = count;
        Columns = columns;
        KeyGroups = keyGroups;
    }

    [Id(0)] public int Count { get; }
    [Id(1)] public Column[] Columns { get; }
    [Id(2)] public int[]? KeyGroups { get; }

    public Record this[int row] => new(this, row);

    /// <summary>The index of the column named <paramref name="name"/>, or -1; resolve once per batch, not per record.</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    public RecordBatch WithKeyGroups(int[] keyGroups) => new(Count, Columns, keyGroups);
}
