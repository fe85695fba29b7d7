namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// The key strings <c>"k0" .. "k{n-1}"</c>, made once per run so every record of a key carries the same string
/// instance (interned, as GrainFlow's generator does); no variant pays for formatting keys per record.
/// </summary>
public static class KeyNames
{
    public static string[] Create(int keys) => Enumerable.Range(0, keys).Select(k => "k" + k).ToArray();
}
