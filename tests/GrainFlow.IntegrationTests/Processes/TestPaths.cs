using System.Reflection;

namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// Where the programs under test are: the silo's build output for the configuration these tests were built in
/// (written into the assembly by the project file), and the Azurite that tests/run.sh installs with <c>npm ci</c>.
/// </summary>
internal static class TestPaths
{
    public static string SiloDll => Path.Combine(Metadata("GrainFlow.SiloDirectory"), "GrainFlow.Silo.dll");

    public static string Azurite => Path.Combine(Metadata("GrainFlow.TestsDirectory"), "node_modules", ".bin", "azurite");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no {key} metadata.");
}
