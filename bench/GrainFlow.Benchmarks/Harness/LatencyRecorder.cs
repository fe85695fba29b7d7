using HdrHistogram;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// Event-time latency in microseconds, three significant digits up to one hour (HdrHistogram). Sinks record a whole
/// batch under one lock: a per-value thread-safe recorder costs two interlocked operations per record, which at W3's
/// millions of records a second made the measuring sink a real part of the measured pipeline's load.
/// <see cref="Reset"/> after the warm-up drops what was recorded before it.
/// </summary>
public sealed class LatencyRecorder
{
    private static readonly long Highest = TimeStamp.Hours(1);
    private readonly Lock _gate = new();
    private LongHistogram _histogram = NewHistogram();

    /// <summary>Records <c>nowMicros - stamp</c> for every stamp of one batch.</summary>
    public void Record(long nowMicros, ReadOnlySpan<long> stampsMicros)
    {
        lock (_gate)
        {
            foreach (var stamp in stampsMicros)
            {
                _histogram.RecordValue(Math.Clamp(nowMicros - stamp, 1, Highest - 1));
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _histogram = NewHistogram();
        }
    }

    public LatencyFigures Take()
    {
        LongHistogram histogram;
        lock (_gate)
        {
            histogram = _histogram;
            _histogram = NewHistogram();
        }

        if (histogram.TotalCount == 0)
        {
            return LatencyFigures.None;
        }

        return new LatencyFigures(histogram.TotalCount,
            histogram.GetValueAtPercentile(50) / 1000.0,
            histogram.GetValueAtPercentile(99) / 1000.0,
            histogram.GetValueAtPercentile(99.9) / 1000.0);
    }

    private static LongHistogram NewHistogram() => new(Highest, 3);
}
