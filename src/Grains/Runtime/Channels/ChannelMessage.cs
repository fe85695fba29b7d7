using GrainFlow.Model;

namespace GrainFlow.Runtime.Channels;

/// <summary>
/// One element on one channel. The channel index, the job attempt and a per-channel sequence number travel with
/// every element, so a receiver detects a gap (a lost message) or a stale attempt (a zombie sender) instead of
/// silently absorbing it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class ChannelMessage
{
    public ChannelMessage(int channel, Attempt attempt, long sequence, ElementKind kind, RecordBatch? batch, CheckpointBarrier? barrier)
    {
        Channel = channel;
        Attempt = attempt;
        Sequence = sequence;
        Kind = kind;
        Batch = batch;
        Barrier = barrier;
    }

    /// <summary>The index of this channel in the receiver's ordered list of input channels.</summary>
    [Id(0)] public int Channel { get; }
    [Id(1)] public Attempt Attempt { get; }
    [Id(2)] public long Sequence { get; }
    [Id(3)] public ElementKind Kind { get; }
    [Id(4)] public RecordBatch? Batch { get; }
    [Id(5)] public CheckpointBarrier? Barrier { get; }

    public override string ToString() => $"{Kind} ch{Channel} a{Attempt} #{Sequence}";
}
