using Azure.Data.Tables;

namespace GrainFlow.IntegrationTests.Cluster;

/// <summary>
/// Reads Orleans' membership table (<c>OrleansSiloInstances</c> in Azure Table storage) to see what the cluster
/// decided about a silo: the way to wait until a frozen silo has really been declared dead, instead of guessing how
/// long that takes.
/// </summary>
public sealed class MembershipTable(string connectionString, string clusterId)
{
    private const string TableName = "OrleansSiloInstances";
    private readonly TableClient _table = new TableServiceClient(connectionString).GetTableClient(TableName);

    /// <summary>The status ("Active", "Dead", ...) of the newest generation of the silo on <paramref name="siloPort"/>, if any.</summary>
    public async Task<string?> StatusOfAsync(int siloPort)
    {
        TableEntity? newest = null;
        await foreach (var entry in _table.QueryAsync<TableEntity>(e => e.PartitionKey == clusterId))
        {
            if (entry.GetString("Port") == $"{siloPort}"
                && (newest is null || Generation(entry) > Generation(newest)))
            {
                newest = entry;
            }
        }

        return newest?.GetString("Status");
    }

    private static long Generation(TableEntity entry) => long.Parse(entry.GetString("Generation") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
}
