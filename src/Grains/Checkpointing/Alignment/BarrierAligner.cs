using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// The barrier handler of one subtask over its N input channels, as Flink's <c>SingleCheckpointBarrierHandler</c>
/// (exactly-once: align) and <c>CheckpointBarrierTracker</c> (at-least-once: count only). The runtime feeds it every
/// barrier, end of input and coordinator abort, and carries out the returned actions in order. Ended channels count
/// as aligned; a single-input subtask triggers on its barrier at once. Single-threaded: call it from the grain's turn.
/// </summary>
public sealed class BarrierAligner
{
    /// <summary>Shared facts of the states: channels, ended inputs, newest checkpoint seen, the clock, pending actions.</summary>
    private readonly AlignmentContext context;

    /// <summary>The current state: waiting, collecting (exactly-once) or tracking (at-least-once).</summary>
    private AlignmentState state;

    public BarrierAligner(int channelCount, CheckpointingMode mode, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channelCount, 1);
        ArgumentNullException.ThrowIfNull(time);
        context = new AlignmentContext(channelCount, time);
        Mode = mode;
        state = mode == CheckpointingMode.ExactlyOnce ? WaitingForFirstBarrier.Instance : new TrackingBarriers();
    }

    public CheckpointingMode Mode { get; }

    public int ChannelCount => context.ChannelCount;

    /// <summary>The checkpoint being aligned (exactly-once) or the newest one being tracked (at-least-once).</summary>
    public CheckpointId? CurrentCheckpoint => state.Current;

    /// <summary>The newest checkpoint triggered, abandoned or aborted here (or being aligned); older barriers are ignored.</summary>
    public CheckpointId LatestSeen => context.LatestSeen;

    public IReadOnlyCollection<int> BlockedChannels => state.BlockedChannels.ToList();

    public bool IsBlocked(int channel) => state.BlockedChannels.Contains(channel);

    public IReadOnlyList<AlignmentAction> OnBarrier(int channel, CheckpointId id, CheckpointKind kind)
    {
        CheckChannel(channel);
        state = state.OnBarrier(context, channel, id, kind);
        return context.Drain();
    }

    public IReadOnlyList<AlignmentAction> OnEndOfInput(int channel)
    {
        CheckChannel(channel);
        state = state.OnEndOfInput(context, channel);
        return context.Drain();
    }

    /// <summary>The coordinator aborted a checkpoint: stop aligning it (and anything older) and ignore its late barriers.</summary>
    public IReadOnlyList<AlignmentAction> OnCheckpointAborted(CheckpointId id)
    {
        state = state.OnCheckpointAborted(context, id);
        return context.Drain();
    }

    private void CheckChannel(int channel)
    {
        if (channel < 0 || channel >= context.ChannelCount)
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, $"The subtask has {context.ChannelCount} input channels.");
        }
    }
}
