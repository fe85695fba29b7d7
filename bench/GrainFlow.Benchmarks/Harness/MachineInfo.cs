namespace GrainFlow.Benchmarks.Harness;

/// <summary>What the figures depend on: the cores the run had (they are shared with whatever else runs).</summary>
public sealed record MachineInfo(int Cores, string Runtime, string Os, string Mode)
{
    public static MachineInfo Current(string mode) => new(Environment.ProcessorCount,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        System.Runtime.InteropServices.RuntimeInformation.OSDescription, mode);
}
