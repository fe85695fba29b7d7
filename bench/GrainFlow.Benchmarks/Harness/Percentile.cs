namespace GrainFlow.Benchmarks.Harness;

/// <summary>Nearest-rank percentiles of a small sample (checkpoint durations: tens per run, not millions).</summary>
public static class Percentile
{
    public static double? Of(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
