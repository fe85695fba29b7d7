namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// What every variant's sink reports to: records that reached the end of the pipeline, and (when the records carry
/// event-time stamps) their latency. Sinks add per batch, so the probe costs nothing per record unless latency is on.
/// </summary>
public sealed class PipelineProbe
{
    private long _records;
    private long _firstRecordAt;

    public PipelineProbe(bool recordLatency) => RecordsLatency = recordLatency;

    public bool RecordsLatency { get; }

    public LatencyRecorder Latency { get; } = new();

    public long Records => Interlocked.Read(ref _records);

    /// <summary>The monotonic time (µs) the first record arrived; 0 until then. W4 measures restore up to here.</summary>
    public long FirstRecordAtMicros => Interlocked.Read(ref _firstRecordAt);

    public void Add(int records)
    {
        if (records == 0)
        {
            return;
        }

        if (Interlocked.Read(ref _firstRecordAt) == 0)
        {
            Interlocked.CompareExchange(ref _firstRecordAt, MonotonicClock.NowMicros, 0);
        }

        Interlocked.Add(ref _records, records);
    }

    /// <summary>Records the latency of a batch's stamped records against one reading of the clock.</summary>
    public void AddStamped(ReadOnlySpan<long> stampsMicros)
    {
        Add(stampsMicros.Length);
        if (!RecordsLatency)
        {
            return;
        }

        Latency.Record(MonotonicClock.NowMicros, stampsMicros);
    }
}
