using GrainFlow.Model;
using GrainFlow.Runtime.Lifecycle;
using Xunit;

namespace GrainFlow.Tests.Lifecycle;

public class JobStatusTransitionsTests
{
    /// <summary>The declared table, written out once more so any change to it is a deliberate, visible test change.</summary>
    private static readonly (JobStatus From, JobStatus To)[] Legal =
    [
        (JobStatus.Created, JobStatus.Running),
        (JobStatus.Running, JobStatus.Restarting),
        (JobStatus.Running, JobStatus.Failing),
        (JobStatus.Running, JobStatus.Canceling),
        (JobStatus.Running, JobStatus.Finished),
        (JobStatus.Running, JobStatus.Stopped),
        (JobStatus.Running, JobStatus.Failed),
        (JobStatus.Restarting, JobStatus.Running),
        (JobStatus.Restarting, JobStatus.Failing),
        (JobStatus.Restarting, JobStatus.Canceling),
        (JobStatus.Restarting, JobStatus.Failed),
        (JobStatus.Failing, JobStatus.Restarting),
        (JobStatus.Failing, JobStatus.Failed),
        (JobStatus.Canceling, JobStatus.Canceled),
    ];

    [Fact]
    public void Every_pair_of_statuses_is_legal_exactly_when_the_table_declares_it()
    {
        foreach (var from in Enum.GetValues<JobStatus>())
        {
            foreach (var to in Enum.GetValues<JobStatus>())
            {
                Assert.True(
                    Legal.Contains((from, to)) == JobStatusTransitions.IsLegal(from, to),
                    $"{from} -> {to} should be {(Legal.Contains((from, to)) ? "legal" : "illegal")}.");
            }
        }
    }

    [Fact]
    public void Failed_canceled_finished_and_stopped_are_the_terminal_statuses()
    {
        var terminal = Enum.GetValues<JobStatus>().Where(JobStatusTransitions.IsTerminal);

        Assert.Equal([JobStatus.Failed, JobStatus.Canceled, JobStatus.Finished, JobStatus.Stopped], terminal);
    }

    [Fact]
    public void The_machine_follows_a_restart_and_a_cancel_to_a_terminal_status()
    {
        var machine = new JobStatusMachine();

        machine.MoveTo(JobStatus.Running);
        machine.MoveTo(JobStatus.Restarting);
        machine.MoveTo(JobStatus.Running);
        machine.MoveTo(JobStatus.Canceling);
        machine.MoveTo(JobStatus.Canceled);

        Assert.Equal(JobStatus.Canceled, machine.Status);
        Assert.True(machine.IsTerminal);
    }

    [Fact]
    public void An_illegal_move_throws_naming_both_statuses_and_leaves_the_status_unchanged()
    {
        var machine = new JobStatusMachine(JobStatus.Finished);

        var error = Assert.Throws<IllegalJobStatusTransitionException>(() => machine.MoveTo(JobStatus.Running));

        Assert.Equal("A job cannot move from Finished to Running.", error.Message);
        Assert.Equal((JobStatus.Finished, JobStatus.Running), (error.From, error.To));
        Assert.Equal(JobStatus.Finished, machine.Status);
    }
}
