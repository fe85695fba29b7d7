namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// Fixed send times for a rate-limited source: record <c>n</c> of this source is due at <c>start + n / rate</c> and
/// is stamped with that time, not with the time it was actually sent. A source that falls behind therefore shows
/// its delay in the latency figures instead of hiding it (coordinated omission). Rate 0 means as fast as possible:
/// records are stamped when they are made.
/// </summary>
public sealed class RateSchedule
{
    private readonly double _microsPerRecord;
    private readonly long _startMicros;
    private long _sent;

    public RateSchedule(double ratePerSecond)
    {
        _microsPerRecord = ratePerSecond > 0 ? 1_000_000.0 / ratePerSecond : 0;
        _startMicros = MonotonicClock.NowMicros;
    }

    public bool IsLimited => _microsPerRecord > 0;

    /// <summary>How many records are due now, at most <paramref name="max"/>.</summary>
    public int Due(int max)
    {
        if (!IsLimited)
        {
            return max;
        }

        // Record n is due once now >= start + n / rate, so records 0 .. floor(elapsed * rate) are due by now.
        var due = (long)((MonotonicClock.NowMicros - _startMicros) / _microsPerRecord) + 1 - _sent;
        return (int)Math.Clamp(due, 0, max);
    }

    /// <summary>
    /// The stamp of the next record, and counts it as sent: its scheduled time, or <paramref name="madeAtMicros"/>
    /// (one clock reading per batch, taken by the caller) when the rate is unlimited.
    /// </summary>
    public long NextStamp(long madeAtMicros) => IsLimited ? _startMicros + (long)(_sent++ * _microsPerRecord) : madeAtMicros;

    /// <summary>How long until the next record is due (for a source with nothing due now).</summary>
    public TimeSpan UntilNext()
    {
        if (!IsLimited)
        {
            return TimeSpan.Zero;
        }

        var next = _startMicros + (long)(_sent * _microsPerRecord);
        return TimeSpan.FromMicroseconds(Math.Max(0, next - MonotonicClock.NowMicros));
    }
}
