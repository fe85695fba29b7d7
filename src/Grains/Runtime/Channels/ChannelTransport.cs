namespace GrainFlow.Runtime.Channels;

/// <summary>
/// How a channel's elements reach the downstream subtask. Both keep what the channels rely on: one awaited send at a
/// time per channel (so order holds), sequence numbers and attempts on every element, credits for flow control, and
/// a failed send failing the attempt.
/// </summary>
public enum ChannelTransport
{
    /// <summary>
    /// Each element is a direct grain call to the downstream subtask grain, which only posts it to its mailbox. Within
    /// a silo the <c>[Immutable]</c> batch is passed by reference; across silos it is serialised once. The default:
    /// the benchmark (bench/, W0 and W1) measured it many times faster than the memory stream provider, whose queue
    /// grain, poll cycle and per-message serialisation bound a channel to a few batches per millisecond.
    /// </summary>
    GrainCalls = 0,

    /// <summary>
    /// Each subtask's input is an Orleans stream of the <c>grainflow</c> memory stream provider, implicitly
    /// subscribed: the design's original data plane, kept for comparison and for a durable queue adapter later.
    /// </summary>
    Streams = 1,
}
