namespace GrainFlow.Hosting;

/// <summary>
/// The silo-wide GrainFlow settings, bound from the <c>GrainFlow</c> configuration section
/// (<c>GrainFlow:DataDirectory</c>, <c>GrainFlow:Files:AllowedRoots</c>).
/// </summary>
public sealed class GrainFlowOptions
{
    /// <summary>Local snapshots, the job registry and relative file paths of specs live here; relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "./.grainflow";

    /// <summary>Absolute directories job specs may read from and write to, besides <c>{DataDirectory}/files</c>.</summary>
    public List<string> AllowedRoots { get; set; } = [];
}
