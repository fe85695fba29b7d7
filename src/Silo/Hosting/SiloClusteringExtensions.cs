using Azure.Data.Tables;
using Orleans.Configuration;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Joins the silo to its cluster as <c>GrainFlow:Clustering</c> says: localhost clustering on the configured ports
/// for one machine, or an Azure Table membership table (Azurite works too) when silos must survive each other. The
/// reminder service follows the same choice: the job managers' keep-alive reminders must outlive a silo only when
/// there are other silos to take over (on one machine, the job registry wakes jobs at start-up instead).
/// </summary>
public static class SiloClusteringExtensions
{
    public static ISiloBuilder UseGrainFlowClustering(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = new SiloClusteringOptions();
        ConfigurationValues.Bind(configuration.GetSection(GrainFlowConfigurationKeys.Clustering), options);
        options.AzureConnectionString = configuration.GetConnectionString(GrainFlowConfigurationKeys.AzureStorageConnectionName);
        SiloClusteringOptionsValidator.Validate(options);

        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            if (options.ProbeTimeoutMs is { } probe)
            {
                membership.ProbeTimeout = TimeSpan.FromMilliseconds(probe);
            }

            membership.NumMissedProbesLimit = options.NumMissedProbesLimit ?? membership.NumMissedProbesLimit;
            membership.NumVotesForDeathDeclaration = options.NumVotesForDeathDeclaration ?? membership.NumVotesForDeathDeclaration;
        });

        return options.Mode switch
        {
            ClusteringMode.AzureTable => silo
                .Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ServiceId;
                })
                .ConfigureEndpoints(Advertised(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: options.AdvertisedIPAddress is not null)
                .UseAzureStorageClustering(table => table.TableServiceClient = new TableServiceClient(options.AzureConnectionString))
                .UseAzureTableReminderService(reminders => reminders.TableServiceClient = new TableServiceClient(options.AzureConnectionString)),
            _ => silo
                .UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId)
                .UseInMemoryReminderService(),
        };
    }

    private static System.Net.IPAddress Advertised(SiloClusteringOptions options) =>
        options.AdvertisedIPAddress is { } address
            ? System.Net.IPAddress.Parse(address)
            : System.Net.IPAddress.Loopback;
}
