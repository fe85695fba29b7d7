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

    /// <summary>
    /// The address other silos reach this one at (a pod IP on Kubernetes). When set, the silo listens on every
    /// interface and advertises this address; when unset, it advertises and listens on loopback only, so an
    /// unconfigured silo is never reachable from the network (one machine is all the default needs).
    /// </summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>
    /// How long a membership probe may take (Orleans' <c>ClusterMembershipOptions.ProbeTimeout</c>). With 1000 ms, two
    /// missed probes and one vote, a killed silo is declared dead in about a second instead of Orleans' ~13 s.
    /// </summary>
    public int? ProbeTimeoutMs { get; set; }

    /// <summary>Missed probes before a silo is suspected (<c>NumMissedProbesLimit</c>).</summary>
    public int? NumMissedProbesLimit { get; set; }

    /// <summary>Suspicions that declare a silo dead (<c>NumVotesForDeathDeclaration</c>).</summary>
    public int? NumVotesForDeathDeclaration { get; set; }

    /// <summary>The membership table's account; required in <see cref="ClusteringMode.AzureTable"/> mode.</summary>
    public string? AzureConnectionString { get; set; }
}
