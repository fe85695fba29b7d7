using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// Exactly-once, no checkpoint in progress: every channel flows. The first barrier of a newer checkpoint starts
/// alignment (or, when it already covers every live channel, triggers at once); older barriers are ignored.
/// </summary>
internal sealed class WaitingForFirstBarrier : AlignmentState
{
    public static readonly WaitingForFirstBarrier Instance = new();

    public override AlignmentState OnBarrier(AlignmentContext context, int channel, CheckpointId id, CheckpointKind kind)
    {
        if (id <= context.LatestSeen)
        {
            return this;
        }

        context.LatestSeen = id;
        var collecting = new CollectingBarriers(id, kind, context.Time.GetTimestamp());
        return collecting.OnBarrier(context, channel, id, kind);
    }

    public override AlignmentState OnEndOfInput(AlignmentContext context, int channel)
    {
        context.MarkEnded(channel);
        return this;
    }

    public override AlignmentState OnCheckpointAborted(AlignmentContext context, CheckpointId id)
    {
        if (id > context.LatestSeen)
        {
            context.LatestSeen = id;
        }

        return this;
    }
}
