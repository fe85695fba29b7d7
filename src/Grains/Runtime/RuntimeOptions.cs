namespace GrainFlow.Runtime;

/// <summary>
/// Tuning of the data plane. The defaults keep queues short (credit window) and batches large enough that the
/// per-message cost of a hop is spread over many records.
/// </summary>
public sealed class RuntimeOptions
{
    /// <summary>How channel elements travel between subtasks; see <see cref="Channels.ChannelTransport"/>.</summary>
    public Channels.ChannelTransport Transport { get; set; } = Channels.ChannelTransport.GrainCalls;

    /// <summary>Records a source emits per poll, and so the largest batch it sends.</summary>
    public int SourceBatchSize { get; set; } = 4096;

    /// <summary>
    /// Batches a sender may have in flight on one channel before it waits for the receiver's credit. A barrier queues
    /// behind everything in flight, so the window is also the alignment delay; with direct grain calls the benchmark
    /// (W1, 10 K keys, one run) measured 6.3 M records/s and checkpoint p50 75 ms at 32, against 4.2 M and 37 ms at 8.
    /// </summary>
    public int CreditsPerChannel { get; set; } = 32;

    /// <summary>A receiver returns credits once it has consumed this many batches on a channel.</summary>
    public int CreditGrantBatch { get; set; } = 8;
}
