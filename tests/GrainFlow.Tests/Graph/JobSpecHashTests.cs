using GrainFlow.Model.Spec;
using Xunit;

namespace GrainFlow.Tests.Graph;

public sealed class JobSpecHashTests
{
    [Fact]
    public void Specs_that_differ_only_in_formatting_and_spelled_out_defaults_hash_the_same()
    {
        var terse = JobSpecJson.Parse("""{"name":"j","operators":[{"uid":"a","type":"generator","config":{"n":1}}]}""");
        var verbose = JobSpecJson.Parse("""
            { "name": "j", "maxParallelism": 128, "checkpointing": { "intervalMs": 1000 },
              "operators": [ { "uid": "a", "type": "generator", "parallelism": 1, "config": { "n" : 1 }, "inputs": [] } ] }
            """);

        Assert.Equal(JobSpecHash.Compute(terse), JobSpecHash.Compute(verbose));
    }

    [Fact]
    public void A_changed_setting_changes_the_hash()
    {
        var one = JobSpecJson.Parse("""{"name":"j","operators":[{"uid":"a","type":"generator"}]}""");
        var two = JobSpecJson.Parse("""{"name":"j","operators":[{"uid":"a","type":"generator","parallelism":2}]}""");

        Assert.NotEqual(JobSpecHash.Compute(one), JobSpecHash.Compute(two));
    }

    [Fact]
    public void The_hash_is_64_lowercase_hex_digits()
    {
        var hash = JobSpecHash.Compute(SampleSpecs.KeyedSums());

        Assert.Matches("^[0-9a-f]{64}$", hash);
    }
}
