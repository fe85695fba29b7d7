namespace GrainFlow.Silo.Hosting;

/// <summary>
/// How this silo joins its cluster, bound from <c>GrainFlow:Clustering</c> (mode, ports, ids) and
/// <c>ConnectionStrings:AzureStorage</c>. Read before the silo is built, because the clustering provider is chosen
/// at build time, and checked by <see cref="SiloClusteringOptionsValidator"/> so a bad setting stops the start.
/// </summary>
public sealed class SiloClusteringOptions
{
    public ClusteringMode Mode { get; set; } = ClusteringMode.Localhost;

    /// <summary>Silo-to-silo traffic; must differ per silo on one machine (Orleans' default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Where Orleans clients connect; must differ per silo on one machine (Orleans' default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Silos with the same cluster id form one cluster; a redeployment may use a new one.</summary>
    public string ClusterId { get; set; } = "grainflow";

    /// <summary>Stays the same across redeployments of one service, so persisted grain state is found again.</summary>
    public string ServiceId { get; set; } = "grainflow";

    /// <summary>The membership table's account; required in <see cref="ClusteringMode.AzureTable"/> mode.</summary>
    public string? AzureConnectionString { get; set; }
}
