using System.Text.Json;
using GrainFlow.Model.Spec;
using Xunit;

namespace GrainFlow.Tests.Graph;

public sealed class OperatorConfigTests
{
    private static readonly OperatorConfig Config = JobSpecJson.Parse("""
        { "name": "j", "operators": [ { "uid": "a", "type": "t",
          "config": { "count": 12, "ratio": 0.5, "path": "out/x", "strict": true, "none": null, "nested": { "a": [1, 2] } } } ] }
        """).Operators[0].Config;

    [Fact]
    public void Typed_readers_return_the_values_of_present_fields()
    {
        Assert.Equal(12, Config.GetInt64("count", 0));
        Assert.Equal(0.5, Config.GetDouble("ratio", 0));
        Assert.Equal(12.0, Config.GetDouble("count", 0));
        Assert.Equal("out/x", Config.GetString("path", ""));
        Assert.True(Config.GetBoolean("strict", false));
    }

    [Fact]
    public void Typed_readers_return_the_default_for_absent_and_null_fields()
    {
        Assert.Equal(7, Config.GetInt64("absent", 7));
        Assert.Equal("d", Config.GetString("none", "d"));
        Assert.False(Config.Has("none"));
        Assert.False(Config.Has("absent"));
        Assert.True(Config.Has("count"));
        Assert.Equal(JsonValueKind.Undefined, Config.KindOf("absent"));
        Assert.Equal(JsonValueKind.Object, Config.KindOf("nested"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_by_its_reader()
    {
        var ex = Assert.Throws<FormatException>(() => Config.GetInt64("path", 0));

        Assert.Equal("Operator config 'path' is \"out/x\", not an integer.", ex.Message);
        Assert.Throws<FormatException>(() => Config.GetInt64("ratio", 0));
    }

    [Fact]
    public void Values_keep_their_order_and_compact_raw_json()
    {
        Assert.Equal(["count", "ratio", "path", "strict", "none", "nested"], Config.Names);
        Assert.Equal("""{"a":[1,2]}""", Config.RawValue("nested"));
    }

    [Fact]
    public void A_config_built_from_raw_json_writes_the_same_object()
    {
        var config = OperatorConfig.FromRawJson([new("b", " [ 1 , true ] "), new("a", "\"x\"")]);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            config.WriteTo(writer);
        }

        Assert.Equal("""{"b":[1,true],"a":"x"}""", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
