using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class CheckpointRequestDeciderTests
{
    private static readonly CheckpointSettings Settings = CheckpointSettings.Default with
    {
        Interval = TimeSpan.FromSeconds(1),
        MinPause = TimeSpan.FromMilliseconds(500),
        MaxConcurrent = 1,
    };

    private readonly CheckpointRequestDecider decider = new(Settings);

    [Fact]
    public void A_periodic_request_triggers_when_nothing_is_pending_and_the_pause_has_passed()
    {
        Assert.Equal(TriggerDecision.Trigger, decider.Decide(CheckpointRequest.Periodic, Facts(lastCompletedAt: T0, now: T0.AddMilliseconds(500))));
    }

    [Fact]
    public void A_periodic_request_is_postponed_while_max_concurrent_checkpoints_are_pending()
    {
        var decision = decider.Decide(CheckpointRequest.Periodic, Facts(pending: 1));

        Assert.Equal(TriggerDecision.Postpone(CheckpointFailureReason.TooManyConcurrent), decision);
    }

    [Fact]
    public void A_periodic_request_is_postponed_until_the_min_pause_after_the_last_completion()
    {
        var decision = decider.Decide(CheckpointRequest.Periodic, Facts(lastCompletedAt: T0, now: T0.AddMilliseconds(200)));

        Assert.Equal(TriggerDecision.Postpone(CheckpointFailureReason.MinPauseNotElapsed, TimeSpan.FromMilliseconds(300)), decision);
    }

    [Fact]
    public void A_periodic_request_is_refused_when_the_interval_is_zero()
    {
        var off = new CheckpointRequestDecider(CheckpointSettings.Default);

        Assert.Equal(
            TriggerDecision.Refuse(CheckpointFailureReason.PeriodicCheckpointingDisabled),
            off.Decide(CheckpointRequest.Periodic, Facts()));
    }

    [Theory]
    [InlineData(CheckpointKind.Checkpoint)]
    [InlineData(CheckpointKind.Savepoint)]
    [InlineData(CheckpointKind.SavepointThenStop)]
    public void A_requested_checkpoint_bypasses_max_concurrent_and_min_pause(CheckpointKind kind)
    {
        Assert.Equal(TriggerDecision.Trigger, decider.Decide(CheckpointRequest.Of(kind), Facts(pending: 3, lastCompletedAt: T0)));
    }

    [Theory]
    [InlineData(CheckpointKind.Savepoint)]
    [InlineData(CheckpointKind.SavepointThenStop)]
    public void A_second_savepoint_while_one_is_pending_is_refused(CheckpointKind kind)
    {
        Assert.Equal(
            TriggerDecision.Refuse(CheckpointFailureReason.SavepointInProgress),
            decider.Decide(CheckpointRequest.Of(kind), Facts(pending: 1, savepointPending: true)));
    }

    [Fact]
    public void A_periodic_request_waits_while_the_job_is_ending()
    {
        Assert.Equal(
            TriggerDecision.Postpone(CheckpointFailureReason.Shutdown),
            decider.Decide(CheckpointRequest.Periodic, Facts(pending: 0, ending: true, lastCompletedAt: T0, now: T0.AddSeconds(5))));
    }

    [Theory]
    [InlineData(CheckpointKind.Checkpoint)]
    [InlineData(CheckpointKind.Savepoint)]
    [InlineData(CheckpointKind.SavepointThenStop)]
    public void A_requested_checkpoint_is_refused_while_the_job_is_ending(CheckpointKind kind)
    {
        Assert.Equal(
            TriggerDecision.Refuse(CheckpointFailureReason.Shutdown),
            decider.Decide(CheckpointRequest.Of(kind), Facts(pending: 1, ending: true)));
    }

    [Fact]
    public void The_final_checkpoint_waits_for_the_checkpoints_in_flight_instead_of_subsuming_them()
    {
        Assert.Equal(
            TriggerDecision.Postpone(CheckpointFailureReason.TooManyConcurrent),
            decider.Decide(CheckpointRequest.Of(CheckpointKind.Final), Facts(pending: 1)));
    }

    [Fact]
    public void The_final_checkpoint_goes_as_soon_as_nothing_is_pending_even_within_the_min_pause()
    {
        Assert.Equal(
            TriggerDecision.Trigger,
            decider.Decide(CheckpointRequest.Of(CheckpointKind.Final), Facts(ending: true, lastCompletedAt: T0, now: T0)));
    }

    private static CheckpointTriggerFacts Facts(
        int pending = 0, bool savepointPending = false, bool ending = false, DateTimeOffset? lastCompletedAt = null, DateTimeOffset? now = null) =>
        new(pending, savepointPending, ending, lastCompletedAt, now ?? T0);
}
