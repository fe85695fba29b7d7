namespace GrainFlow.Benchmarks.Harness;

/// <summary>Event-time latency percentiles of one measurement window, in milliseconds.</summary>
public sealed record LatencyFigures(long Samples, double P50Ms, double P99Ms, double P999Ms)
{
    public static readonly LatencyFigures None = new(0, 0, 0, 0);
}
