using GrainFlow.Checkpointing.Alignment;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class BarrierAlignerTests
{
    private const CheckpointKind Periodic = CheckpointKind.Checkpoint;

    private readonly FakeTimeProvider time = new(T0);

    private BarrierAligner ExactlyOnce(int channels) => new(channels, CheckpointingMode.ExactlyOnce, time);

    [Fact]
    public void Two_channels_in_order_block_the_first_then_trigger_with_the_alignment_time_and_release_it()
    {
        var aligner = ExactlyOnce(2);

        var first = aligner.OnBarrier(0, Id(1), Periodic);
        time.Advance(TimeSpan.FromMilliseconds(35));
        var second = aligner.OnBarrier(1, Id(1), Periodic);

        Assert.Equal([new BlockChannel(0)], first);
        Assert.Equal(2, second.Count);
        Assert.Equal(new TriggerCheckpoint(Id(1), Periodic, TimeSpan.FromMilliseconds(35)), second[0]);
        Assert.Equal([0], Assert.IsType<ReleaseChannels>(second[1]).Channels);
        Assert.Empty(aligner.BlockedChannels);
        Assert.Null(aligner.CurrentCheckpoint);
    }

    [Fact]
    public void A_channel_that_delivered_the_barrier_stays_blocked_until_all_have()
    {
        var aligner = ExactlyOnce(3);

        aligner.OnBarrier(2, Id(1), Periodic);
        aligner.OnBarrier(0, Id(1), Periodic);

        Assert.True(aligner.IsBlocked(2));
        Assert.True(aligner.IsBlocked(0));
        Assert.False(aligner.IsBlocked(1));
        Assert.Equal(Id(1), aligner.CurrentCheckpoint);

        var last = aligner.OnBarrier(1, Id(1), Periodic);

        Assert.Equal([2, 0], Assert.IsType<ReleaseChannels>(last[1]).Channels);
    }

    [Fact]
    public void An_ended_channel_counts_as_aligned_and_its_end_can_complete_an_alignment()
    {
        var aligner = ExactlyOnce(3);
        aligner.OnEndOfInput(2);

        Assert.Equal([new BlockChannel(0)], aligner.OnBarrier(0, Id(1), Periodic));
        var end = aligner.OnEndOfInput(1);

        Assert.Equal(new TriggerCheckpoint(Id(1), Periodic, TimeSpan.Zero), end[0]);
        Assert.Equal([0], Assert.IsType<ReleaseChannels>(end[1]).Channels);
    }

    [Fact]
    public void A_newer_barrier_before_alignment_completes_aborts_the_older_checkpoint_and_aligns_the_newer()
    {
        var aligner = ExactlyOnce(2);
        aligner.OnBarrier(0, Id(1), Periodic);

        var newer = aligner.OnBarrier(1, Id(2), Periodic);

        Assert.Equal(3, newer.Count);
        Assert.Equal(new AbortCheckpoint(Id(1), CheckpointFailureReason.Subsumed), newer[0]);
        Assert.Equal([0], Assert.IsType<ReleaseChannels>(newer[1]).Channels);
        Assert.Equal(new BlockChannel(1), newer[2]);
        Assert.Equal(Id(2), aligner.CurrentCheckpoint);
        Assert.Equal([1], aligner.BlockedChannels);
    }

    [Fact]
    public void A_barrier_older_than_the_last_triggered_checkpoint_is_ignored()
    {
        var aligner = ExactlyOnce(1);
        aligner.OnBarrier(0, Id(5), Periodic);

        Assert.Empty(aligner.OnBarrier(0, Id(4), Periodic));
        Assert.Empty(aligner.OnBarrier(0, Id(5), Periodic));
        Assert.Equal(Id(5), aligner.LatestSeen);
    }

    [Fact]
    public void A_single_input_subtask_triggers_on_its_barrier_at_once_without_blocking()
    {
        var aligner = ExactlyOnce(1);

        Assert.Equal([new TriggerCheckpoint(Id(1), CheckpointKind.Savepoint, TimeSpan.Zero)], aligner.OnBarrier(0, Id(1), CheckpointKind.Savepoint));
    }

    [Fact]
    public void A_coordinator_abort_releases_the_blocked_channels_and_late_barriers_of_it_are_ignored()
    {
        var aligner = ExactlyOnce(2);
        aligner.OnBarrier(0, Id(1), Periodic);

        var aborted = aligner.OnCheckpointAborted(Id(1));

        Assert.Equal([0], Assert.IsType<ReleaseChannels>(Assert.Single(aborted)).Channels);
        Assert.Empty(aligner.OnBarrier(1, Id(1), Periodic));
        Assert.Empty(aligner.BlockedChannels);
    }
}
