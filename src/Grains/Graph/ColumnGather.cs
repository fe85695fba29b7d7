using GrainFlow.Model;

namespace GrainFlow.Graph;

/// <summary>
/// Copies selected rows of columns into new columns, array by array: how a hash split builds each target's batch
/// without creating an object per record.
/// </summary>
internal static class ColumnGather
{
    public static Column[] Gather(Column[] columns, int[] rows)
    {
        var gathered = new Column[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var column = columns[c];
            var missing = Gather(column.Missing, rows);
            gathered[c] = new Column(column.Name, column.Type, Gather(column.Longs, rows), Gather(column.Doubles, rows),
                Gather(column.Strings, rows), missing is not null && Array.IndexOf(missing, true) >= 0 ? missing : null);
        }

        return gathered;
    }

    public static T[]? Gather<T>(T[]? values, int[] rows)
    {
        if (values is null)
        {
            return null;
        }

        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }
}
