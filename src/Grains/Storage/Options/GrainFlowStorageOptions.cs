namespace GrainFlow.Storage;

/// <summary>
/// How a silo stores GrainFlow's snapshots, checkpoint metadata and records; bound from <c>GrainFlow:Storage</c>
/// (mode, container, flush to disk), <c>GrainFlow:DataDirectory</c> and <c>ConnectionStrings:AzureStorage</c> by the host.
/// </summary>
public sealed class GrainFlowStorageOptions
{
    /// <summary>The container used when none is configured; blob names carry no service id, so use one per environment.</summary>
    public const string DefaultContainerName = "grainflow";

    /// <summary>The folder under <see cref="DataDirectory"/> that local-directory mode stores into.</summary>
    public const string StorageFolder = "storage";

    public GrainFlowStorageMode Mode { get; set; } = GrainFlowStorageMode.LocalDirectory;

    /// <summary>The silo's data directory (default <c>./.grainflow</c>, relative to the working directory).</summary>
    public string DataDirectory { get; set; } = "./.grainflow";

    /// <summary>The Azure Storage connection string; required in <see cref="GrainFlowStorageMode.AzureBlob"/> mode.</summary>
    public string? AzureConnectionString { get; set; }

    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>Local-directory mode: flush each write to disk before it counts (<see cref="LocalDirectoryGrainStorageOptions.FlushToDisk"/>).</summary>
    public bool FlushToDisk { get; set; } = true;

    /// <summary>The root directory of local-directory mode: <c>{DataDirectory}/storage</c>, made absolute.</summary>
    public string LocalRootDirectory => Path.GetFullPath(Path.Combine(DataDirectory, StorageFolder));
}
