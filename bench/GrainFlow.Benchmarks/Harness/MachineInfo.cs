using System.Runtime;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// What the figures depend on: the cores the run had (they are shared with whatever else runs), the runtime, and the
/// garbage collector every variant ran under (they share the process, and on small VMs the GC moves them most).
/// </summary>
public sealed record MachineInfo(int Cores, string Runtime, string Os, string Mode, string Gc)
{
    public static MachineInfo Current(string mode) => new(Environment.ProcessorCount,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        System.Runtime.InteropServices.RuntimeInformation.OSDescription, mode,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : ", concurrent"));
}
