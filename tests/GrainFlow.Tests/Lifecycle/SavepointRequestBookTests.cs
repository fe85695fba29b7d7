using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Runtime.Jobs;
using Xunit;

namespace GrainFlow.Tests.Lifecycle;

/// <summary>The job manager's book of savepoint requests: one runs at a time, trigger ids repeat, outcomes stick.</summary>
public sealed class SavepointRequestBookTests
{
    private static readonly SavepointId Target = new("sp-1");
    private static readonly CheckpointId Taken = new(7);

    [Fact]
    public void A_started_request_runs_until_the_savepoint_checkpoint_resolves_so_a_second_one_is_refused_meanwhile()
    {
        var book = new SavepointRequestBook();
        var request = book.Start("client-1", Target, Taken);

        Assert.True(book.HasRunning);
        Assert.Equal(new SavepointRequestView(request, SavepointRequestStatus.InProgress, null, null), book.Find(request));

        book.Resolve(Taken, null);

        Assert.False(book.HasRunning);
        Assert.Equal(new SavepointRequestView(request, SavepointRequestStatus.Completed, Target, null), book.Find(request));
    }

    [Fact]
    public void A_repeated_trigger_id_finds_the_request_it_started_and_another_id_finds_nothing()
    {
        var book = new SavepointRequestBook();
        var request = book.Start("client-1", Target, Taken);

        Assert.Equal(request, book.FindByTrigger("client-1"));
        Assert.Null(book.FindByTrigger("client-2"));
    }

    [Fact]
    public void A_failed_savepoint_shows_its_cause_and_no_savepoint_id()
    {
        var book = new SavepointRequestBook();
        var request = book.Start(null, Target, Taken);

        book.Resolve(Taken, "The savepoint was aborted: Expired");

        Assert.Equal(
            new SavepointRequestView(request, SavepointRequestStatus.Failed, null, "The savepoint was aborted: Expired"),
            book.Find(request));
        Assert.False(book.HasRunning);
    }

    [Fact]
    public void The_outcome_of_another_checkpoint_leaves_a_running_request_alone()
    {
        var book = new SavepointRequestBook();
        var request = book.Start(null, Target, Taken);

        book.Resolve(new CheckpointId(8), null);

        Assert.Equal(SavepointRequestStatus.InProgress, book.Find(request)!.Status);
        Assert.True(book.HasRunning);
    }

    [Fact]
    public void A_refused_request_is_recorded_failed_with_the_reason_and_does_not_block_the_next()
    {
        var book = new SavepointRequestBook();
        var request = book.Refused("client-1", CheckpointFailureReason.NotAllSourcesRunning);

        Assert.Equal(
            new SavepointRequestView(request, SavepointRequestStatus.Failed, null, "Refused: NotAllSourcesRunning"),
            book.Find(request));
        Assert.False(book.HasRunning);
        Assert.Equal(request, book.FindByTrigger("client-1"));
    }
}
