using System.Diagnostics;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// Event-time stamps for latency: microseconds on the process's monotonic clock. Every variant runs in this one
/// process, so a stamp taken by a source and read by a sink needs no clock synchronisation.
/// </summary>
public static class MonotonicClock
{
    private static readonly double MicrosPerTick = 1_000_000.0 / Stopwatch.Frequency;

    public static long NowMicros => (long)(Stopwatch.GetTimestamp() * MicrosPerTick);
}
