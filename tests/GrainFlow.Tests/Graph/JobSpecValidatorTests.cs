using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using Xunit;
using static GrainFlow.Tests.Graph.SampleSpecs;

namespace GrainFlow.Tests.Graph;

public sealed class JobSpecValidatorTests
{
    private static IReadOnlyList<string> Fields(JobSpec spec) =>
        JobSpecValidator.Check(spec, FakeOperatorCatalog.Instance).Select(e => e.Field).ToArray();

    private static JobSpec Pipeline(int sourceParallelism = 2, int sinkParallelism = 2, Partitioning partitioning = Partitioning.Forward) =>
        Job(Op("src", "generator", sourceParallelism), Op("sink", "fileSink", sinkParallelism, new InputSpec("src", partitioning)));

    [Fact]
    public void The_design_sample_is_valid()
    {
        JobSpecValidator.Validate(KeyedSums(), FakeOperatorCatalog.Instance);

        Assert.Empty(Fields(KeyedSums()));
    }

    [Fact]
    public void An_empty_name_is_refused() =>
        Assert.Equal(["name"], Fields(new JobSpec { Name = " ", Operators = Pipeline().Operators }));

    [Fact]
    public void A_job_without_operators_is_refused() =>
        Assert.Equal(["operators"], Fields(Job()));

    [Fact]
    public void An_empty_uid_is_refused() =>
        Assert.Contains("operators[0].uid", Fields(Job(Op("", "generator"), Op("sink", "fileSink", 1, new InputSpec("")))));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("ä")]
    public void A_uid_with_characters_unfit_for_grain_keys_is_refused(string uid) =>
        Assert.Equal(["operators[0].uid"], Fields(Job(Op(uid, "generator"), Op("sink", "fileSink", 1, new InputSpec(uid)))));

    [Fact]
    public void A_uid_longer_than_64_characters_is_refused()
    {
        var uid = new string('u', 65);

        Assert.Equal(["operators[0].uid"], Fields(Job(Op(uid, "generator"), Op("sink", "fileSink", 1, new InputSpec(uid)))));
    }

    [Fact]
    public void A_uid_of_64_characters_with_dots_dashes_and_underscores_is_accepted()
    {
        var uid = "a.b-c_" + new string('9', 58);

        Assert.Empty(Fields(Job(Op(uid, "generator"), Op("sink", "fileSink", 1, new InputSpec(uid)))));
    }

    [Fact]
    public void A_duplicate_uid_is_reported_on_the_second_operator()
    {
        var errors = JobSpecValidator.Check(
            Job(Op("src", "generator"), Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src"))), FakeOperatorCatalog.Instance);

        Assert.Equal(new SpecError("operators[1].uid", "'src' is already the uid of operators[0]"), Assert.Single(errors));
    }

    [Fact]
    public void An_unknown_type_is_refused() =>
        Assert.Equal(["operators[1].type"], Fields(Job(Op("src", "generator"), Op("sink", "kafkaSink", 1, new InputSpec("src")))));

    [Fact]
    public void A_source_with_inputs_is_refused() =>
        Assert.Contains("operators[1].inputs",
            Fields(Job(Op("src", "generator"), Op("gen2", "generator", 1, new InputSpec("src")), Op("sink", "fileSink", 1, new InputSpec("gen2")))));

    [Fact]
    public void A_non_source_without_inputs_is_refused() =>
        Assert.Equal(["operators[2].inputs"], Fields(Job(Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src")), Op("lone", "fileSink"))));

    [Fact]
    public void An_input_from_an_operator_that_does_not_exist_is_refused() =>
        Assert.Equal(["operators[1].inputs[0].from"], Fields(Job(Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("nope")), Op("s2", "fileSink", 1, new InputSpec("src")))));

    [Fact]
    public void An_operator_consuming_its_own_output_is_refused()
    {
        var errors = JobSpecValidator.Check(Job(
            Op("src", "generator"), Op("m", "map", 1, new InputSpec("src"), new InputSpec("m")), Op("sink", "fileSink", 1, new InputSpec("m"))),
            FakeOperatorCatalog.Instance);

        Assert.Equal(new SpecError("operators[1].inputs[1].from", "'m' cannot consume its own output"), Assert.Single(errors));
    }

    [Fact]
    public void A_cycle_is_reported_on_the_input_of_the_operator_that_closes_it()
    {
        var errors = JobSpecValidator.Check(Job(
            Op("src", "generator"),
            Op("a", "map", 1, new InputSpec("src"), new InputSpec("c")),
            Op("b", "map", 1, new InputSpec("a")),
            Op("c", "map", 1, new InputSpec("b")),
            Op("sink", "fileSink", 1, new InputSpec("c"))), FakeOperatorCatalog.Instance);

        Assert.Equal(new SpecError("operators[1].inputs[1].from", "'a' closes a cycle: 'a' -> 'b' -> 'c' -> 'a'"), Assert.Single(errors));
    }

    [Fact]
    public void A_cycle_unreachable_from_any_source_is_still_found()
    {
        var fields = Fields(Job(
            Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src")),
            Op("x", "map", 1, new InputSpec("y")), Op("y", "map", 1, new InputSpec("x")), Op("end", "fileSink", 1, new InputSpec("y"))));

        Assert.Equal(["operators[2].inputs[0].from"], fields);
    }

    [Fact]
    public void Consuming_from_a_sink_is_refused() =>
        Assert.Equal(["operators[2].inputs[0].from"],
            Fields(Job(Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src")), Op("after", "fileSink", 1, new InputSpec("sink")))));

    [Fact]
    public void An_output_nothing_consumes_is_refused_unless_it_is_a_sink() =>
        Assert.Equal(["operators[2]"],
            Fields(Job(Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src")), Op("dangling", "map", 1, new InputSpec("src")))));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(129)]
    public void A_parallelism_below_1_or_above_max_parallelism_is_refused(int parallelism) =>
        Assert.Equal(["operators[1].parallelism"], Fields(Pipeline(2, parallelism, Partitioning.Rebalance)));

    [Theory]
    [InlineData(0)]
    [InlineData(32769)]
    public void A_max_parallelism_outside_the_key_group_bounds_is_refused(int maxParallelism) =>
        Assert.Equal(["maxParallelism"], Fields(new JobSpec { Name = "j", MaxParallelism = maxParallelism, Operators = Pipeline(1, 1).Operators }));

    [Fact]
    public void Hash_partitioning_without_a_key_is_refused() =>
        Assert.Equal(["operators[1].inputs[0].keyBy"], Fields(Pipeline(2, 3, Partitioning.Hash)));

    [Fact]
    public void A_key_without_hash_partitioning_is_refused() =>
        Assert.Equal(["operators[1].inputs[0].keyBy"],
            Fields(Job(Op("src", "generator"), Op("sink", "fileSink", 1, new InputSpec("src", Partitioning.Rebalance, "key")))));

    [Fact]
    public void Forward_between_different_parallelisms_is_refused() =>
        Assert.Equal(["operators[1].inputs[0].partitioning"], Fields(Pipeline(2, 3, Partitioning.Forward)));

    [Theory]
    [InlineData("checkpointing.intervalMs", -1)]
    [InlineData("checkpointing.intervalMs", 9)]
    [InlineData("checkpointing.timeoutMs", 9)]
    [InlineData("checkpointing.minPauseMs", -1)]
    [InlineData("checkpointing.maxConcurrent", 0)]
    [InlineData("checkpointing.tolerableFailures", -1)]
    [InlineData("checkpointing.retained", 0)]
    public void Checkpointing_numbers_out_of_range_are_refused(string field, long value)
    {
        var c = field switch
        {
            "checkpointing.intervalMs" => new CheckpointingSpec { IntervalMs = value },
            "checkpointing.timeoutMs" => new CheckpointingSpec { TimeoutMs = value },
            "checkpointing.minPauseMs" => new CheckpointingSpec { MinPauseMs = value },
            "checkpointing.maxConcurrent" => new CheckpointingSpec { MaxConcurrent = (int)value },
            "checkpointing.tolerableFailures" => new CheckpointingSpec { TolerableFailures = (int)value },
            _ => new CheckpointingSpec { Retained = (int)value },
        };

        Assert.Equal([field], Fields(new JobSpec { Name = "j", Checkpointing = c, Operators = Pipeline().Operators }));
    }

    [Fact]
    public void An_interval_of_0_turns_periodic_checkpoints_off_and_is_valid() =>
        Assert.Empty(Fields(new JobSpec { Name = "j", Checkpointing = new() { IntervalMs = 0 }, Operators = Pipeline().Operators }));

    [Fact]
    public void Incremental_checkpoints_are_valid_in_either_mode() =>
        Assert.Empty(Fields(new JobSpec
        {
            Name = "j",
            Checkpointing = new() { Incremental = true, Mode = CheckpointingMode.AtLeastOnce },
            Operators = Pipeline().Operators,
        }));

    [Theory]
    [InlineData("restartStrategy.attempts", -1)]
    [InlineData("restartStrategy.delayMs", -1)]
    [InlineData("restartStrategy.initialDelayMs", -1)]
    [InlineData("restartStrategy.maxDelayMs", 99)]
    [InlineData("restartStrategy.multiplier", 0.5)]
    [InlineData("restartStrategy.multiplier", double.NaN)]
    [InlineData("restartStrategy.maxFailures", 0)]
    [InlineData("restartStrategy.intervalMs", 0)]
    public void Restart_strategy_parameters_out_of_range_are_refused(string field, double value)
    {
        var r = field switch
        {
            "restartStrategy.attempts" => new RestartStrategySpec { Attempts = (int)value },
            "restartStrategy.delayMs" => new RestartStrategySpec { DelayMs = (long)value },
            "restartStrategy.initialDelayMs" => new RestartStrategySpec { InitialDelayMs = (long)value },
            "restartStrategy.maxDelayMs" => new RestartStrategySpec { MaxDelayMs = (long)value },
            "restartStrategy.multiplier" => new RestartStrategySpec { Multiplier = value },
            "restartStrategy.maxFailures" => new RestartStrategySpec { MaxFailures = (int)value },
            _ => new RestartStrategySpec { IntervalMs = (long)value },
        };

        Assert.Equal([field], Fields(new JobSpec { Name = "j", RestartStrategy = r, Operators = Pipeline().Operators }));
    }

    [Fact]
    public void Config_checks_are_delegated_to_the_catalog_under_the_operator_path() =>
        Assert.Equal(["operators[1].config.field"], Fields(Job(
            Op("src", "generator"),
            new OperatorSpec { Uid = "sum", Type = "keyedSum", Inputs = [new InputSpec("src", Partitioning.Hash, "key")] },
            Op("sink", "fileSink", 1, new InputSpec("sum")))));

    [Fact]
    public void Every_error_is_collected_and_the_message_lists_them()
    {
        var spec = new JobSpec
        {
            Name = "",
            Checkpointing = new() { Retained = 0 },
            Operators = [Op("src", "generator", 0), Op("sink", "nope", 1, new InputSpec("missing"))],
        };

        var ex = Assert.Throws<JobSpecValidationException>(() => JobSpecValidator.Validate(spec, FakeOperatorCatalog.Instance));

        Assert.Equal(["name", "checkpointing.retained", "operators[0].parallelism", "operators[1].type", "operators[1].inputs[0].from", "operators[0]"],
            ex.Errors.Select(e => e.Field));
        Assert.StartsWith("The job spec has 6 errors: name: must not be empty; ", ex.Message);
    }
}
