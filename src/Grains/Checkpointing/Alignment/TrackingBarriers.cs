using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// At-least-once, as Flink's <c>CheckpointBarrierTracker</c>: nothing is ever blocked; barriers are only counted, per
/// checkpoint, and the snapshot is triggered when the last live channel delivers its barrier. Triggering a checkpoint
/// abandons every older one still counting. The reported alignment duration is first barrier to last.
/// </summary>
internal sealed class TrackingBarriers : AlignmentState
{
    /// <summary>The checkpoints whose barriers are still arriving, oldest first.</summary>
    private readonly SortedDictionary<CheckpointId, Tracked> tracked = new();

    public override CheckpointId? Current => tracked.Count == 0 ? null : tracked.Keys.Last();

    public override AlignmentState OnBarrier(AlignmentContext context, int channel, CheckpointId id, CheckpointKind kind)
    {
        if (id <= context.LatestSeen)
        {
            return this;
        }

        if (!tracked.TryGetValue(id, out var checkpoint))
        {
            checkpoint = new Tracked(kind, context.Time.GetTimestamp());
            tracked.Add(id, checkpoint);
        }

        checkpoint.Received.Add(channel);
        TriggerAligned(context);
        return this;
    }

    public override AlignmentState OnEndOfInput(AlignmentContext context, int channel)
    {
        context.MarkEnded(channel);
        TriggerAligned(context);
        return this;
    }

    public override AlignmentState OnCheckpointAborted(AlignmentContext context, CheckpointId id)
    {
        foreach (var older in tracked.Keys.Where(k => k <= id).ToList())
        {
            tracked.Remove(older);
        }

        if (id > context.LatestSeen)
        {
            context.LatestSeen = id;
        }

        return this;
    }

    /// <summary>Triggers every aligned checkpoint, oldest first, abandoning the unaligned ones older than it.</summary>
    private void TriggerAligned(AlignmentContext context)
    {
        foreach (var (id, checkpoint) in tracked.ToList())
        {
            if (!context.IsAligned(checkpoint.Received))
            {
                continue;
            }

            foreach (var older in tracked.Keys.Where(k => k < id).ToList())
            {
                tracked.Remove(older);
                context.Emit(new AbortCheckpoint(older, CheckpointFailureReason.Subsumed));
            }

            tracked.Remove(id);
            context.LatestSeen = id;
            context.Emit(new TriggerCheckpoint(id, checkpoint.Kind, context.Time.GetElapsedTime(checkpoint.StartedAt)));
        }
    }

    /// <summary>One checkpoint's barrier count: its kind, when its first barrier came, and the channels that delivered.</summary>
    private sealed record Tracked(CheckpointKind Kind, long StartedAt)
    {
        public HashSet<int> Received { get; } = new();
    }
}
