using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class CheckpointFailureManagerTests
{
    [Fact]
    public void With_no_tolerance_the_first_counted_failure_fails_the_job()
    {
        var manager = new CheckpointFailureManager(0);

        var decision = manager.OnFailure(Id(1), CheckpointKind.Checkpoint, CheckpointFailureReason.Expired);

        Assert.Equal(new CheckpointFailureDecision(CheckpointFailureVerdict.FailJob, CheckpointFailureReason.Expired, 1), decision);
    }

    [Fact]
    public void Failures_are_tolerated_up_to_the_threshold_and_the_next_one_fails_the_job()
    {
        var manager = new CheckpointFailureManager(2);

        Assert.Equal(CheckpointFailureVerdict.Tolerated, manager.OnFailure(Id(1), CheckpointKind.Checkpoint, CheckpointFailureReason.Declined).Verdict);
        Assert.Equal(CheckpointFailureVerdict.Tolerated, manager.OnFailure(Id(2), CheckpointKind.Checkpoint, CheckpointFailureReason.StorageFailure).Verdict);
        var third = manager.OnFailure(Id(3), CheckpointKind.Checkpoint, CheckpointFailureReason.SubtaskFailed);

        Assert.Equal(new CheckpointFailureDecision(CheckpointFailureVerdict.FailJob, CheckpointFailureReason.SubtaskFailed, 3), third);
    }

    [Fact]
    public void A_success_resets_the_consecutive_count()
    {
        var manager = new CheckpointFailureManager(1);
        manager.OnFailure(Id(1), CheckpointKind.Checkpoint, CheckpointFailureReason.Expired);
        manager.OnSuccess(Id(2));

        Assert.Equal(0, manager.ConsecutiveFailures);
        Assert.Equal(CheckpointFailureVerdict.Tolerated, manager.OnFailure(Id(3), CheckpointKind.Checkpoint, CheckpointFailureReason.Expired).Verdict);
    }

    [Theory]
    [InlineData(CheckpointFailureReason.JobRestarting)]
    [InlineData(CheckpointFailureReason.Subsumed)]
    [InlineData(CheckpointFailureReason.Shutdown)]
    [InlineData(CheckpointFailureReason.TooManyConcurrent)]
    public void Failures_that_say_nothing_about_the_job_are_not_counted(CheckpointFailureReason reason)
    {
        var manager = new CheckpointFailureManager(0);

        Assert.Equal(CheckpointFailureVerdict.NotCounted, manager.OnFailure(Id(1), CheckpointKind.Checkpoint, reason).Verdict);
        Assert.Equal(0, manager.ConsecutiveFailures);
    }

    [Fact]
    public void Savepoint_failures_late_failures_and_repeated_failures_of_one_checkpoint_are_not_counted()
    {
        var manager = new CheckpointFailureManager(0);
        manager.OnSuccess(Id(5));

        Assert.Equal(CheckpointFailureVerdict.NotCounted, manager.OnFailure(Id(6), CheckpointKind.Savepoint, CheckpointFailureReason.Expired).Verdict);
        Assert.Equal(CheckpointFailureVerdict.NotCounted, manager.OnFailure(Id(4), CheckpointKind.Checkpoint, CheckpointFailureReason.Expired).Verdict);
        var twoFailures = new CheckpointFailureManager(1);
        twoFailures.OnFailure(Id(7), CheckpointKind.Checkpoint, CheckpointFailureReason.Declined);
        Assert.Equal(CheckpointFailureVerdict.NotCounted, twoFailures.OnFailure(Id(7), CheckpointKind.Checkpoint, CheckpointFailureReason.Expired).Verdict);
        Assert.Equal(1, twoFailures.ConsecutiveFailures);
    }
}
