using System.Globalization;

namespace GrainFlow.IntegrationTests.Faults;

/// <summary>How long each fault took to heal: from the fault to the end of the next checkpoint triggered after it.</summary>
public sealed class RecoveryTimes
{
    private readonly List<TimeSpan> _times = [];

    public int Count => _times.Count;

    public TimeSpan P50 => Percentile(0.5);

    public TimeSpan Max => _times.Count == 0 ? TimeSpan.Zero : _times.Max();

    public void Add(TimeSpan time) => _times.Add(time);

    /// <summary>Nearest-rank percentile: the smallest time at least <paramref name="fraction"/> of the samples do not exceed.</summary>
    public TimeSpan Percentile(double fraction)
    {
        if (_times.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = _times.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Count} recoveries: p50 {P50.TotalMilliseconds:0} ms, max {Max.TotalMilliseconds:0} ms (all: {string.Join(", ", _times.Select(t => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))} ms)");
}
