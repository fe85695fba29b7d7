using GrainFlow.Checkpointing.Alignment;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class AtLeastOnceBarrierTrackingTests
{
    private const CheckpointKind Periodic = CheckpointKind.Checkpoint;

    private readonly FakeTimeProvider time = new(T0);

    private BarrierAligner AtLeastOnce(int channels) => new(channels, CheckpointingMode.AtLeastOnce, time);

    [Fact]
    public void Barriers_never_block_and_the_last_one_triggers()
    {
        var aligner = AtLeastOnce(3);

        Assert.Empty(aligner.OnBarrier(0, Id(1), Periodic));
        Assert.Empty(aligner.OnBarrier(2, Id(1), Periodic));
        Assert.Empty(aligner.BlockedChannels);
        time.Advance(TimeSpan.FromMilliseconds(12));

        Assert.Equal([new TriggerCheckpoint(Id(1), Periodic, TimeSpan.FromMilliseconds(12))], aligner.OnBarrier(1, Id(1), Periodic));
    }

    [Fact]
    public void Triggering_a_newer_checkpoint_abandons_an_older_one_still_counting()
    {
        var aligner = AtLeastOnce(2);
        aligner.OnBarrier(0, Id(1), Periodic);
        aligner.OnBarrier(0, Id(2), Periodic);

        var actions = aligner.OnBarrier(1, Id(2), Periodic);

        Assert.Equal(
            [new AbortCheckpoint(Id(1), CheckpointFailureReason.Subsumed), new TriggerCheckpoint(Id(2), Periodic, TimeSpan.Zero)],
            actions);
        Assert.Empty(aligner.OnBarrier(1, Id(1), Periodic));
    }

    [Fact]
    public void An_ended_channel_counts_as_aligned()
    {
        var aligner = AtLeastOnce(2);
        aligner.OnBarrier(0, Id(1), Periodic);

        Assert.Equal([new TriggerCheckpoint(Id(1), Periodic, TimeSpan.Zero)], aligner.OnEndOfInput(1));
    }

    [Fact]
    public void A_single_input_subtask_triggers_on_its_barrier_at_once()
    {
        Assert.Equal([new TriggerCheckpoint(Id(1), Periodic, TimeSpan.Zero)], AtLeastOnce(1).OnBarrier(0, Id(1), Periodic));
    }
}
