namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// An element arrived out of sequence on a channel: something in between was lost (a silo died with it in flight)
/// or duplicated. The attempt cannot continue exactly once, so it fails and the job restarts from a checkpoint.
/// </summary>
public sealed class ChannelGapException(int channel, long expected, long received)
    : Exception($"Channel {channel} expected element #{expected} but received #{received}.")
{
    public int Channel { get; } = channel;
    public long Expected { get; } = expected;
    public long Received { get; } = received;
}
