using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GrainFlow.Model;

/// <summary>
/// A view of one row of a <see cref="RecordBatch"/>: reading a field costs an array index, and nothing is
/// allocated per record.
/// </summary>
public readonly struct Record
{
    public Record(RecordBatch batch, int row)
    {
        Batch = batch;
        Row = row;
    }

    public RecordBatch Batch { get; }
    public int Row { get; }

    public bool Has(string field)
    {
        var c = Batch.ColumnIndex(field);
        return c >= 0 && Batch.Columns[c].IsPresent(Row);
    }

    public long GetInt64(string field) => GetInt64(Batch.ColumnIndex(field), field);

    public long GetInt64(int column, string field)
    {
        var col = Column(column, field);
        return col.Type switch
        {
            FieldType.Int64 or FieldType.Boolean => col.Longs![Row],
            FieldType.Double => (long)col.Doubles![Row],
            _ => long.TryParse(col.Strings![Row], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new RecordFieldException(field, $"'{col.Strings![Row]}' is not an integer"),
        };
    }

    public double GetDouble(string field)
    {
        var col = Column(Batch.ColumnIndex(field), field);
        return col.Type switch
        {
            FieldType.Double => col.Doubles![Row],
            FieldType.Int64 or FieldType.Boolean => col.Longs![Row],
            _ => double.TryParse(col.Strings![Row], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new RecordFieldException(field, $"'{col.Strings![Row]}' is not a number"),
        };
    }

    public string GetString(string field) => GetString(Batch.ColumnIndex(field), field);

    /// <summary>The field as text; numbers are formatted invariantly, so a numeric key hashes the same everywhere.</summary>
    public string GetString(int column, string field)
    {
        var col = Column(column, field);
        return col.Type switch
        {
            FieldType.String => col.Strings![Row] ?? throw new RecordFieldException(field, "is null"),
            FieldType.Int64 => col.Longs![Row].ToString(CultureInfo.InvariantCulture),
            FieldType.Boolean => col.Longs![Row] != 0 ? "true" : "false",
            _ => col.Doubles![Row].ToString("R", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The record as one line of JSON, fields in column order; what the file sink writes.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var col in Batch.Columns)
        {
            if (!col.IsPresent(Row))
            {
                continue;
            }

            switch (col.Type)
            {
                case FieldType.Int64: writer.WriteNumber(col.Name, col.Longs![Row]); break;
                case FieldType.Double: writer.WriteNumber(col.Name, col.Doubles![Row]); break;
                case FieldType.Boolean: writer.WriteBoolean(col.Name, col.Longs![Row] != 0); break;
                default:
                    if (col.Strings![Row] is { } s)
                    {
                        writer.WriteString(col.Name, s);
                    }
                    else
                    {
                        writer.WriteNull(col.Name);
                    }

                    break;
            }
        }

        writer.WriteEndObject();
    }

    public override string ToString()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private Column Column(int index, string field)
    {
        if (index < 0 || !Batch.Columns[index].IsPresent(Row))
        {
            throw new RecordFieldException(field, "is missing");
        }

        return Batch.Columns[index];
    }
}
