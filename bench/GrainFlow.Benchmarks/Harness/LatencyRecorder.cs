using HdrHistogram;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// Event-time latency in microseconds, recorded from any thread (HdrHistogram's <see cref="Recorder"/>), three
/// significant digits up to one hour. <see cref="Reset"/> after the warm-up drops what was recorded before it.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly Recorder _recorder = new(1, TimeStamp.Hours(1), 3, (id, low, high, digits) => new LongHistogram(id, low, high, digits));

    public void RecordMicros(long micros) => _recorder.RecordValue(Math.Clamp(micros, 1, TimeStamp.Hours(1) - 1));

    public void Reset() => _recorder.Reset();

    public LatencyFigures Take()
    {
        var histogram = _recorder.GetIntervalHistogram();
        if (histogram.TotalCount == 0)
        {
            return LatencyFigures.None;
        }

        return new LatencyFigures(histogram.TotalCount,
            histogram.GetValueAtPercentile(50) / 1000.0,
            histogram.GetValueAtPercentile(99) / 1000.0,
            histogram.GetValueAtPercentile(99.9) / 1000.0);
    }
}
