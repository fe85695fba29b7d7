using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.State;
using Xunit;
using static GrainFlow.Tests.Graph.SampleSpecs;

namespace GrainFlow.Tests.Graph;

public sealed class ExecutionPlanTests
{
    private static readonly JobId JobId = new("job1");

    private static SubtaskId S(string uid, int index) => new(JobId, new OperatorUid(uid), new SubtaskIndex(index));

    private static readonly ExecutionPlan Sample = ExecutionPlan.Build(JobId, KeyedSums());

    /// <summary>a(2) and b(3) feed j(2): a by forward, b by rebalance; j feeds the sink.</summary>
    private static readonly ExecutionPlan TwoInputs = ExecutionPlan.Build(JobId, Job(
        Op("sink", "fileSink", 1, new InputSpec("j", Partitioning.Rebalance)),
        Op("j", "map", 2, new InputSpec("a"), new InputSpec("b", Partitioning.Rebalance)),
        Op("b", "generator", 3),
        Op("a", "generator", 2)));

    [Fact]
    public void The_sample_plan_has_its_vertices_in_topological_order_with_roles_and_keys()
    {
        Assert.Equal(["events", "sums", "out"], Sample.Vertices.Select(v => v.Uid.Value));
        Assert.Equal([OperatorRole.Source, OperatorRole.Transform, OperatorRole.Sink], Sample.Vertices.Select(v => v.Role));
        Assert.Equal([false, true, false], Sample.Vertices.Select(v => v.IsKeyed));
        Assert.Equal("key", Sample.Vertices[1].KeyBy);
        Assert.Equal(128, Sample.Vertices[1].MaxParallelism);
        Assert.Equal("value", Sample.Vertices[1].Config.GetString("field", ""));
    }

    [Fact]
    public void The_sample_plan_lists_every_subtask_and_the_source_subtasks()
    {
        Assert.Equal([S("events", 0), S("events", 1), S("sums", 0), S("sums", 1), S("sums", 2), S("out", 0)], Sample.Subtasks);
        Assert.Equal([S("events", 0), S("events", 1)], Sample.SourceSubtasks);
    }

    [Fact]
    public void The_sample_edges_carry_both_ends()
    {
        var edge = Assert.Single(Sample.Vertices[1].Inputs);

        Assert.Equal(new ExecutionEdge(new("events"), 2, new("sums"), 3, 0, Partitioning.Hash, "key", 128, 0), edge);
        Assert.Same(edge, Assert.Single(Sample.Vertices[0].Outputs));
        Assert.Empty(Sample.Vertices[2].Outputs);
    }

    [Fact]
    public void An_all_to_all_input_has_a_channel_per_upstream_subtask()
    {
        Assert.Equal([new InputChannel(0, 0, S("events", 0)), new InputChannel(1, 0, S("events", 1))], Sample.InputChannelsOf(S("sums", 1)));
        Assert.Equal([new InputChannel(0, 0, S("sums", 0)), new InputChannel(1, 0, S("sums", 1)), new InputChannel(2, 0, S("sums", 2))],
            Sample.InputChannelsOf(S("out", 0)));
        Assert.Empty(Sample.InputChannelsOf(S("events", 0)));
    }

    [Fact]
    public void A_sender_on_an_all_to_all_edge_targets_every_downstream_subtask_at_its_own_channel()
    {
        var outputs = Assert.Single(Sample.OutputTargetsOf(S("events", 1)));

        Assert.Equal([new OutputTarget(S("sums", 0), 1), new OutputTarget(S("sums", 1), 1), new OutputTarget(S("sums", 2), 1)], outputs.Targets);
        Assert.Equal(new OutputTarget(S("out", 0), 2), Assert.Single(Assert.Single(Sample.OutputTargetsOf(S("sums", 2))).Targets));
        Assert.Empty(Sample.OutputTargetsOf(S("out", 0)));
    }

    [Fact]
    public void Key_groups_split_the_max_parallelism_into_contiguous_ranges()
    {
        Assert.Equal(new KeyGroupRange(0, 42), Sample.KeyGroupsOf(S("sums", 0)));
        Assert.Equal(new KeyGroupRange(43, 85), Sample.KeyGroupsOf(S("sums", 1)));
        Assert.Equal(new KeyGroupRange(86, 127), Sample.KeyGroupsOf(S("sums", 2)));
        Assert.Equal(new KeyGroupRange(0, 127), Sample.KeyGroupsOf(S("out", 0)));
    }

    [Fact]
    public void Vertices_ready_together_keep_spec_order()
    {
        Assert.Equal(["b", "a", "j", "sink"], TwoInputs.Vertices.Select(v => v.Uid.Value));
    }

    [Fact]
    public void A_forward_input_has_one_channel_from_the_same_index_before_later_inputs()
    {
        Assert.Equal(
            [new InputChannel(0, 0, S("a", 1)), new InputChannel(1, 1, S("b", 0)), new InputChannel(2, 1, S("b", 1)), new InputChannel(3, 1, S("b", 2))],
            TwoInputs.InputChannelsOf(S("j", 1)));
        Assert.Equal(4, TwoInputs.Vertex(new OperatorUid("j")).InputChannelCount);
    }

    [Fact]
    public void A_forward_sender_targets_only_the_subtask_of_its_own_index()
    {
        var forward = Assert.Single(TwoInputs.OutputTargetsOf(S("a", 1)));
        var rebalance = Assert.Single(TwoInputs.OutputTargetsOf(S("b", 2)));

        Assert.Equal([new OutputTarget(S("j", 1), 0)], forward.Targets);
        Assert.Equal(new OutputTarget(S("j", 1), 0), forward.TargetFor(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => forward.TargetFor(0));
        Assert.Equal([new OutputTarget(S("j", 0), 3), new OutputTarget(S("j", 1), 3)], rebalance.Targets);
    }

    [Fact]
    public void Every_output_target_names_the_channel_whose_upstream_is_the_sender()
    {
        foreach (var plan in new[] { Sample, TwoInputs })
        {
            foreach (var sender in plan.Subtasks)
            {
                foreach (var target in plan.OutputTargetsOf(sender).SelectMany(o => o.Targets))
                {
                    Assert.Equal(sender, plan.InputChannelsOf(target.Downstream)[target.ChannelIndex].Upstream);
                }
            }
        }
    }

    [Fact]
    public void The_same_spec_always_builds_the_same_plan()
    {
        var again = ExecutionPlan.Build(JobId, KeyedSums());

        Assert.Equal(Sample.Subtasks, again.Subtasks);
        Assert.Equal(Sample.Vertices.SelectMany(v => v.Inputs), again.Vertices.SelectMany(v => v.Inputs));
        Assert.Equal(Sample.Subtasks.SelectMany(Sample.InputChannelsOf), again.Subtasks.SelectMany(again.InputChannelsOf));
    }

    [Fact]
    public void A_subtask_outside_the_plan_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.InputChannelsOf(S("sums", 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.KeyGroupsOf(new SubtaskId(new JobId("other"), new("sums"), new(0))));
        Assert.Throws<KeyNotFoundException>(() => Sample.OutputTargetsOf(S("nope", 0)));
    }

    [Fact]
    public void A_cyclic_spec_cannot_be_planned()
    {
        var cyclic = Job(Op("x", "map", 1, new InputSpec("y")), Op("y", "map", 1, new InputSpec("x")));

        Assert.Throws<ArgumentException>(() => ExecutionPlan.Build(JobId, cyclic));
    }
}
