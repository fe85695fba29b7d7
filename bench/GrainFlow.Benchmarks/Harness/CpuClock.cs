using System.Diagnostics;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>CPU time the whole process used, so a variant that burns both cores for the same throughput shows it.</summary>
public static class CpuClock
{
    public static TimeSpan ProcessTime
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }
}
