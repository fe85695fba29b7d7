using GrainFlow.Model;

namespace GrainFlow.Operators.Api;

/// <summary>
/// Where an operator emits records. Records are written straight into the columns of the next output batch
/// (<c>output.Begin().Set("key", key).Set("sum", sum)</c>), so emitting allocates nothing per record; the runtime
/// takes the batch when the input batch is done and routes it downstream.
/// </summary>
public sealed class Collector
{
    private readonly RecordBatchBuilder _builder;

    public Collector(RecordBatchBuilder builder) => _builder = builder;

    public int Count => _builder.Count;

    /// <summary>Starts a new output record; set its fields with the <c>Set</c> methods.</summary>
    public Collector Begin()
    {
        _builder.AddRow();
        return this;
    }

    public Collector Set(string field, long value)
    {
        _builder.SetInt64(_builder.Column(field, FieldType.Int64), value);
        return this;
    }

    public Collector Set(string field, double value)
    {
        _builder.SetDouble(_builder.Column(field, FieldType.Double), value);
        return this;
    }

    public Collector Set(string field, string? value)
    {
        _builder.SetString(_builder.Column(field, FieldType.String), value);
        return this;
    }

    public Collector Set(string field, bool value)
    {
        _builder.SetBoolean(_builder.Column(field, FieldType.Boolean), value);
        return this;
    }

    /// <summary>Emits a copy of <paramref name="record"/> unchanged.</summary>
    public void Collect(Record record) => _builder.Append(record);

    /// <summary>Emits every record of <paramref name="batch"/> unchanged.</summary>
    public void CollectAll(RecordBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            _builder.Append(batch[i]);
        }
    }

    /// <summary>The runtime's hint before an input batch: the output will most likely have <paramref name="rows"/> rows.</summary>
    internal void Expect(int rows) => _builder.Expect(rows);

    internal RecordBatch TakeBatch() => _builder.Build();
}
