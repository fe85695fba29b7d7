using System.Text.Json;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using Xunit;

namespace GrainFlow.Tests.Graph;

public sealed class JobSpecJsonTests
{
    [Fact]
    public void The_design_sample_parses_with_every_field_in_place()
    {
        var spec = SampleSpecs.KeyedSums();

        Assert.Equal("keyed-sums", spec.Name);
        Assert.Equal(128, spec.MaxParallelism);
        Assert.Equal(["events", "sums", "out"], spec.Operators.Select(o => o.Uid));
        Assert.Equal(["generator", "keyedSum", "fileSink"], spec.Operators.Select(o => o.Type));
        Assert.Equal([2, 3, 1], spec.Operators.Select(o => o.Parallelism));
        Assert.Equal(new InputSpec("events", Partitioning.Hash, "key"), Assert.Single(spec.Operators[1].Inputs));
        Assert.Equal(new InputSpec("sums", Partitioning.Rebalance), Assert.Single(spec.Operators[2].Inputs));
        Assert.Empty(spec.Operators[0].Inputs);
        Assert.Equal(1000000, spec.Operators[0].Config.GetInt64("count", 0));
        Assert.Equal("value", spec.Operators[1].Config.GetString("field", ""));
        Assert.Equal(RestartStrategyType.ExponentialDelay, spec.RestartStrategy.Type);
        Assert.Equal(10000, spec.RestartStrategy.MaxDelayMs);
    }

    [Fact]
    public void Absent_optional_sections_and_fields_take_their_defaults()
    {
        var spec = JobSpecJson.Parse("""
            { "name": "j", "checkpointing": { "intervalMs": 500 },
              "operators": [ { "uid": "a", "type": "generator" }, { "uid": "b", "type": "fileSink", "inputs": [ { "from": "a" } ] } ] }
            """);

        Assert.Equal(128, spec.MaxParallelism);
        Assert.Equal(500, spec.Checkpointing.IntervalMs);
        Assert.Equal(60000, spec.Checkpointing.TimeoutMs);
        Assert.Equal(0, spec.Checkpointing.MinPauseMs);
        Assert.Equal(1, spec.Checkpointing.MaxConcurrent);
        Assert.Equal(CheckpointingMode.ExactlyOnce, spec.Checkpointing.Mode);
        Assert.Equal(0, spec.Checkpointing.TolerableFailures);
        Assert.Equal(3, spec.Checkpointing.Retained);
        Assert.False(spec.Checkpointing.Incremental);
        Assert.Equal(RestartStrategyType.ExponentialDelay, spec.RestartStrategy.Type);
        Assert.Equal(100, spec.RestartStrategy.InitialDelayMs);
        Assert.Equal(10000, spec.RestartStrategy.MaxDelayMs);
        Assert.Equal(2.0, spec.RestartStrategy.Multiplier);
        Assert.Equal(1, spec.Operators[0].Parallelism);
        Assert.Equal(0, spec.Operators[0].Config.Count);
        Assert.Equal(new InputSpec("a", Partitioning.Forward, null), spec.Operators[1].Inputs[0]);
    }

    [Fact]
    public void Serialize_writes_the_canonical_form_with_every_setting()
    {
        var spec = JobSpecJson.Parse("""
            { "name": "j", "restartStrategy": { "type": "fixedDelay", "attempts": 5 }, "checkpointing": { "mode": "atLeastOnce" },
              "operators": [ { "uid": "a", "type": "generator", "config": { "n": [1, 2], "s": "x+y" } },
                             { "uid": "b", "type": "fileSink", "inputs": [ { "from": "a", "partitioning": "hash", "keyBy": "k" } ] } ] }
            """);

        Assert.Equal(
            """{"name":"j","maxParallelism":128,"checkpointing":{"intervalMs":1000,"timeoutMs":60000,"minPauseMs":0,"maxConcurrent":1,"mode":"atLeastOnce","tolerableFailures":0,"retained":3,"incremental":false}"""
            + ""","restartStrategy":{"type":"fixedDelay","attempts":5,"delayMs":1000,"initialDelayMs":100,"maxDelayMs":10000,"multiplier":2,"maxFailures":1,"intervalMs":60000}"""
            + ""","operators":[{"uid":"a","type":"generator","parallelism":1,"config":{"n":[1,2],"s":"x+y"},"inputs":[]},"""
            + """{"uid":"b","type":"fileSink","parallelism":1,"config":{},"inputs":[{"from":"a","partitioning":"hash","keyBy":"k"}]}]}""",
            JobSpecJson.Serialize(spec));
    }

    [Fact]
    public void The_sample_round_trips_through_its_canonical_form()
    {
        var canonical = JobSpecJson.Serialize(SampleSpecs.KeyedSums());

        Assert.Equal(canonical, JobSpecJson.Serialize(JobSpecJson.Parse(canonical)));
        Assert.Contains("""{"count":1000000,"keys":1000,"ratePerSecond":100000}""", canonical);
    }

    [Fact]
    public void Incremental_checkpoints_are_read_and_written_back_in_the_canonical_form()
    {
        var spec = JobSpecJson.Parse("""
            { "name": "j", "checkpointing": { "incremental": true }, "operators": [ { "uid": "a", "type": "generator" } ] }
            """);

        var canonical = JobSpecJson.Serialize(spec);

        Assert.True(spec.Checkpointing.Incremental);
        Assert.Contains(""","retained":3,"incremental":true},""", canonical);
        Assert.True(JobSpecJson.Parse(canonical).Checkpointing.Incremental);
        Assert.Equal(canonical, JobSpecJson.Serialize(JobSpecJson.Parse(canonical)));
    }

    [Fact]
    public void The_shared_options_read_and_write_a_spec_as_Parse_and_Serialize_do()
    {
        var spec = JsonSerializer.Deserialize<JobSpec>(SampleSpecs.KeyedSumsJson, JobSpecJson.Options)!;

        Assert.Equal(JobSpecJson.Serialize(SampleSpecs.KeyedSums()), JsonSerializer.Serialize(spec, JobSpecJson.Options));
        Assert.Equal("\"exponentialDelay\"", JsonSerializer.Serialize(RestartStrategyType.ExponentialDelay, JobSpecJson.Options));
    }

    [Fact]
    public void Malformed_json_is_refused_at_the_root()
    {
        var error = Assert.Single(Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("{ \"name\": ")).Errors);

        Assert.Equal("$", error.Field);
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_refused_at_the_root()
    {
        var error = Assert.Single(Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("[1]")).Errors);

        Assert.Equal(new SpecError("$", "must be an object, not an array"), error);
    }

    [Fact]
    public void A_field_of_the_wrong_json_type_is_named_by_its_path()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "name": "j", "operators": [ { "uid": "a", "type": "generator" }, { "uid": "b", "type": "map", "parallelism": "2" } ] }
            """));

        Assert.Equal(new SpecError("operators[1].parallelism", "must be an integer, not a string"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void An_incremental_flag_that_is_not_a_boolean_is_refused_naming_it()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "name": "j", "checkpointing": { "incremental": "yes" }, "operators": [ { "uid": "a", "type": "generator" } ] }
            """));

        Assert.Equal(new SpecError("checkpointing.incremental", "must be a boolean, not a string"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void A_fractional_parallelism_is_refused()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "name": "j", "operators": [ { "uid": "a", "type": "generator", "parallelism": 1.5 } ] }
            """));

        Assert.Equal("operators[0].parallelism", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void Every_missing_required_field_is_reported_at_once()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "operators": [ { "type": "generator" }, { "uid": "b", "inputs": [ { "partitioning": "hash" } ] } ] }
            """));

        Assert.Equal(["name", "operators[0].uid", "operators[1].type", "operators[1].inputs[0].from"],
            ex.Errors.Select(e => e.Field));
        Assert.All(ex.Errors, e => Assert.Equal("is required", e.Message));
    }

    [Fact]
    public void Missing_operators_are_reported()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""{ "name": "j" }"""));

        Assert.Equal(new SpecError("operators", "is required"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void An_unknown_enum_name_lists_the_allowed_ones()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "name": "j", "operators": [ { "uid": "b", "type": "map", "inputs": [ { "from": "a", "partitioning": "shuffle" } ] } ] }
            """));

        Assert.Equal(new SpecError("operators[0].inputs[0].partitioning",
            "'shuffle' is not one of 'forward', 'hash', 'rebalance', 'broadcast'"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void A_config_that_is_not_an_object_is_named_by_its_path()
    {
        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecJson.Parse("""
            { "name": "j", "operators": [ { "uid": "a", "type": "generator", "config": 3 } ] }
            """));

        Assert.Equal(new SpecError("operators[0].config", "must be an object, not a number"), Assert.Single(ex.Errors));
    }
}
