namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Every configuration key the host reads (design section 11), in one place: clients, deployment files and the
/// README rely on these names, so they are spelled once here and nowhere else in the host.
/// </summary>
public static class GrainFlowConfigurationKeys
{
    public const string DataDirectory = "GrainFlow:DataDirectory";
    public const string StorageMode = "GrainFlow:Storage:Mode";
    public const string StorageContainerName = "GrainFlow:Storage:ContainerName";
    public const string StorageFlushToDisk = "GrainFlow:Storage:FlushToDisk";
    public const string AllowedRoots = "GrainFlow:Files:AllowedRoots";
    public const string Clustering = "GrainFlow:Clustering";

    /// <summary>The connection string name, read with <c>GetConnectionString</c> (<c>ConnectionStrings:AzureStorage</c>).</summary>
    public const string AzureStorageConnectionName = "AzureStorage";
}
