using GrainFlow.Model;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>The micro-benchmarks' inputs: a generator-shaped batch (key, value, ts) of 1,024 records, built the way sources build them.</summary>
public static class MicroBatches
{
    public static RecordBatch Generator(int records, int keys)
    {
        var names = Workloads.KeyNames.Create(keys);
        var builder = new RecordBatchBuilder(records);
        int key = builder.Column("key", FieldType.String), value = builder.Column("value", FieldType.Int64), ts = builder.Column("ts", FieldType.Int64);
        for (var i = 0; i < records; i++)
        {
            builder.AddRow();
            builder.SetString(key, names[i % keys]);
            builder.SetInt64(value, i);
            builder.SetInt64(ts, i);
        }

        return builder.Build();
    }
}
