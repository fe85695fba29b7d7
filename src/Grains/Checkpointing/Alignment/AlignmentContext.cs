using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// What every alignment state shares: the channels, which have ended, the newest checkpoint already seen (so older
/// barriers are ignored), the clock, and the actions the current input produced.
/// </summary>
internal sealed class AlignmentContext(int channelCount, TimeProvider time)
{
    /// <summary>Channels whose input ended; they count as aligned for every later checkpoint.</summary>
    private readonly HashSet<int> ended = new();

    /// <summary>The actions of the input being handled; the aligner drains them after each call.</summary>
    private readonly List<AlignmentAction> actions = new();

    public int ChannelCount { get; } = channelCount;

    public TimeProvider Time { get; } = time;

    /// <summary>The newest checkpoint started, triggered or aborted here; barriers at or below it are ignored.</summary>
    public CheckpointId LatestSeen { get; set; } = CheckpointId.None;

    public IReadOnlyCollection<int> Ended => ended;

    public void MarkEnded(int channel) => ended.Add(channel);

    public bool IsEnded(int channel) => ended.Contains(channel);

    /// <summary>Whether every channel has either delivered the barrier or ended.</summary>
    public bool IsAligned(IReadOnlySet<int> received) =>
        Enumerable.Range(0, ChannelCount).All(c => received.Contains(c) || ended.Contains(c));

    public void Emit(AlignmentAction action) => actions.Add(action);

    public IReadOnlyList<AlignmentAction> Drain()
    {
        var drained = actions.ToList();
        actions.Clear();
        return drained;
    }
}
