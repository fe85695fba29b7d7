using Orleans.Runtime;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Checks <see cref="SiloClusteringOptions"/> before the silo is built, so a misconfigured silo fails at start with
/// the offending configuration key named instead of failing to join its cluster later.
/// </summary>
public static class SiloClusteringOptionsValidator
{
    public static void Validate(SiloClusteringOptions options)
    {
        CheckPort(nameof(options.SiloPort), options.SiloPort);
        CheckPort(nameof(options.GatewayPort), options.GatewayPort);
        if (options.SiloPort == options.GatewayPort)
        {
            throw Invalid(nameof(options.GatewayPort), $"must differ from SiloPort ({options.SiloPort}).");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            throw Invalid(nameof(options.ClusterId), "must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            throw Invalid(nameof(options.ServiceId), "must not be empty.");
        }

        if (options.AdvertisedIPAddress is { } address && !System.Net.IPAddress.TryParse(address, out _))
        {
            throw Invalid(nameof(options.AdvertisedIPAddress), $"'{address}' is not an IP address.");
        }

        if (options.ProbeTimeoutMs is < 100)
        {
            throw Invalid(nameof(options.ProbeTimeoutMs), "must be at least 100 ms.");
        }

        if (options.NumMissedProbesLimit is < 1 || options.NumVotesForDeathDeclaration is < 1)
        {
            throw Invalid(options.NumMissedProbesLimit is < 1 ? nameof(options.NumMissedProbesLimit) : nameof(options.NumVotesForDeathDeclaration),
                "must be at least 1.");
        }

        switch (options.Mode)
        {
            case ClusteringMode.AzureTable when string.IsNullOrWhiteSpace(options.AzureConnectionString):
                throw new OrleansConfigurationException(
                    $"{GrainFlowConfigurationKeys.Clustering}:Mode is AzureTable, which needs ConnectionStrings:{GrainFlowConfigurationKeys.AzureStorageConnectionName}.");
            case ClusteringMode.Localhost or ClusteringMode.AzureTable:
                return;
            default:
                throw Invalid(nameof(options.Mode), $"'{options.Mode}' is not a clustering mode (Localhost or AzureTable).");
        }
    }

    private static void CheckPort(string setting, int port)
    {
        if (port is < 1 or > 65535)
        {
            throw Invalid(setting, $"{port} is not a TCP port (1-65535).");
        }
    }

    private static OrleansConfigurationException Invalid(string setting, string problem) =>
        new($"{GrainFlowConfigurationKeys.Clustering}:{setting} {problem}");
}
