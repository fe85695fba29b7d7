using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>The whole of <c>latest.json</c>: the machine it ran on, every result of the run, and the targets evaluated on them.</summary>
public sealed record SuiteResults(MachineInfo Machine, IReadOnlyList<BenchmarkResult> Results, IReadOnlyList<TargetCheck> Targets)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public void WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
    }
}
