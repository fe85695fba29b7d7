using GrainFlow.Model;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Xunit;

namespace GrainFlow.Tests.Model;

/// <summary>A batch crosses every stream hop serialised; it must come back exactly, strings packed or not.</summary>
public sealed class RecordBatchSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(RecordBatch).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    [Fact]
    public void A_batch_with_string_long_double_and_missing_fields_survives_a_serializer_round_trip_exactly()
    {
        var builder = new RecordBatchBuilder();
        var key = builder.Column("key", FieldType.String);
        var value = builder.Column("value", FieldType.Int64);
        var ratio = builder.Column("ratio", FieldType.Double);
        string?[] keys = ["k-1", "", "ключ-ü-😀", null, "k-1"];
        for (var i = 0; i < keys.Length; i++)
        {
            builder.AddRow();
            builder.SetString(key, keys[i]);
            if (i != 2)
            {
                builder.SetInt64(value, i * 1_000_000_007L);
            }

            builder.SetDouble(ratio, i / 3.0);
        }

        var batch = builder.Build([5, 6, 7, 8, 5]);

        var copy = Serializer.Deserialize<RecordBatch>(Serializer.SerializeToArray(batch))!;

        Assert.Equal(batch.Count, copy.Count);
        Assert.Equal(batch.KeyGroups, copy.KeyGroups);
        Assert.Equal(batch.Columns.Length, copy.Columns.Length);
        for (var c = 0; c < batch.Columns.Length; c++)
        {
            var (expected, actual) = (batch.Columns[c], copy.Columns[c]);
            Assert.Equal((expected.Name, expected.Type), (actual.Name, actual.Type));
            Assert.Equal(expected.Longs, actual.Longs);
            Assert.Equal(expected.Doubles, actual.Doubles);
            Assert.Equal(expected.Strings, actual.Strings);
            Assert.Equal(expected.Missing, actual.Missing);
        }

        Assert.Equal(keys, copy.Columns[copy.ColumnIndex("key")].Strings);
    }
}
