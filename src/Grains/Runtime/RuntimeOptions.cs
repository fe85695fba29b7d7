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
    /// How long a source may hold a partly filled batch while it waits for more records, as Flink's
    /// <c>execution.buffer-timeout</c>. A source that sends whatever is due the moment it is due (zero) sends many
    /// small batches at moderate rates, and every batch costs a hop whatever its size, so the pipeline spends its
    /// cores on hops and queues behind them. A barrier, the end of input or a full batch sends at once.
    /// </summary>
    public TimeSpan BufferTimeout { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Batches a sender may have in flight on one channel before it waits for the receiver's credit. The window bounds
    /// what queues between two subtasks, and so the latency a stall adds (a barrier's alignment, a pause, a slow
    /// receiver): every record behind it waits for the whole window to drain. Flink bounds the same thing with its
    /// buffer counts and buffer debloating. In three side-by-side benchmark pairs under Server GC (W1 at 10 K keys, W3
    /// at half its rate), 8 against 32 kept W1 within noise (8.7-9.8 M against 7.7-10.1 M records/s), cut W3's
    /// checkpoint p99 from 109-135 ms to 28-43 ms (the two pairs that recorded it), and cut W3's latency p99 in two of
    /// the three pairs (45 against 157 ms, 62 against 185 ms; the third gave 129 against 108 ms).
    /// </summary>
    public int CreditsPerChannel { get; set; } = 8;

    /// <summary>
    /// A receiver returns credits once it has consumed this many batches on a channel: a quarter of the window, so a
    /// sender gets credit back well before it runs dry.
    /// </summary>
    public int CreditGrantBatch { get; set; } = 2;
}
