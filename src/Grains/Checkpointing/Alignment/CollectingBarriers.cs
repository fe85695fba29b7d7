using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// Exactly-once, aligning one checkpoint: each channel that delivers its barrier is blocked until every live channel
/// has; then the snapshot is triggered and the channels released. A newer barrier abandons this checkpoint and
/// starts aligning the newer one; an abort from the coordinator releases everything.
/// </summary>
internal sealed class CollectingBarriers(CheckpointId id, CheckpointKind kind, long startedAt) : AlignmentState
{
    /// <summary>The channels that delivered this checkpoint's barrier, in arrival order (the release order).</summary>
    private readonly List<int> arrivalOrder = new();

    /// <summary>The same channels as a set, for the alignment check.</summary>
    private readonly HashSet<int> received = new();

    public override IReadOnlyCollection<int> BlockedChannels => arrivalOrder;

    public override CheckpointId? Current => id;

    public override AlignmentState OnBarrier(AlignmentContext context, int channel, CheckpointId barrier, CheckpointKind barrierKind)
    {
        if (barrier > id)
        {
            context.Emit(new AbortCheckpoint(id, CheckpointFailureReason.Subsumed));
            Release(context);
            return WaitingForFirstBarrier.Instance.OnBarrier(context, channel, barrier, barrierKind);
        }

        if (barrier < id || !received.Add(channel))
        {
            return this;
        }

        arrivalOrder.Add(channel);
        return Advance(context, channel);
    }

    public override AlignmentState OnEndOfInput(AlignmentContext context, int channel)
    {
        context.MarkEnded(channel);
        return Advance(context, channel: null);
    }

    public override AlignmentState OnCheckpointAborted(AlignmentContext context, CheckpointId aborted)
    {
        if (aborted < id)
        {
            return this;
        }

        Release(context);
        return WaitingForFirstBarrier.Instance.OnCheckpointAborted(context, aborted);
    }

    /// <summary>Triggers and releases when aligned; otherwise blocks the channel that just delivered the barrier.</summary>
    private AlignmentState Advance(AlignmentContext context, int? channel)
    {
        if (!context.IsAligned(received))
        {
            if (channel is { } blocked)
            {
                context.Emit(new BlockChannel(blocked));
            }

            return this;
        }

        if (channel is { } last)
        {
            arrivalOrder.Remove(last);
        }

        context.Emit(new TriggerCheckpoint(id, kind, context.Time.GetElapsedTime(startedAt)));
        Release(context);
        return WaitingForFirstBarrier.Instance;
    }

    private void Release(AlignmentContext context)
    {
        if (arrivalOrder.Count > 0)
        {
            context.Emit(new ReleaseChannels(arrivalOrder.ToList()));
        }
    }
}
