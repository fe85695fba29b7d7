namespace GrainFlow.IntegrationTests.Processes;

/// <summary>
/// What every silo of one test cluster shares: the Azure account (the test's Azurite), a cluster and service id of
/// this run only, the blob container, the directory job specs may write to, and the admin API key.
/// </summary>
public sealed record SiloSettings(string ConnectionString, string ClusterId, string ContainerName, string AllowedRoot, string ApiKey)
{
    public static SiloSettings ForRun(string connectionString, string allowedRoot)
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        return new SiloSettings(connectionString, $"faults-{run}", $"grainflow-{run}", allowedRoot, $"admin-{run}-key");
    }
}
