using GrainFlow.Hosting;
using GrainFlow.Storage;

namespace GrainFlow.Silo.Hosting;

/// <summary>
/// Binds the GrainFlow engine (<c>AddGrainFlow</c>) from configuration: the data directory, the allowed file roots
/// and the storage mode. The engine takes its settings eagerly, because the storage provider is chosen while the
/// silo is being built, so they are read and validated here rather than bound later through <c>IOptions</c>.
/// </summary>
public static class GrainFlowConfigurationExtensions
{
    public static ISiloBuilder AddGrainFlow(this ISiloBuilder silo, IConfiguration configuration)
    {
        var engine = new GrainFlowOptions
        {
            DataDirectory = configuration[GrainFlowConfigurationKeys.DataDirectory] ?? new GrainFlowOptions().DataDirectory,
            AllowedRoots = configuration.GetSection(GrainFlowConfigurationKeys.AllowedRoots).Get<List<string>>() ?? [],
        };
        GrainFlowOptionsValidator.Validate(engine);

        return silo.AddGrainFlow(
            options =>
            {
                options.DataDirectory = engine.DataDirectory;
                options.AllowedRoots = engine.AllowedRoots;
            },
            storage =>
            {
                storage.Mode = ConfigurationValues.Read(configuration, GrainFlowConfigurationKeys.StorageMode, GrainFlowStorageMode.LocalDirectory);
                storage.ContainerName = configuration[GrainFlowConfigurationKeys.StorageContainerName] ?? storage.ContainerName;
                storage.FlushToDisk = ConfigurationValues.Read(configuration, GrainFlowConfigurationKeys.StorageFlushToDisk, storage.FlushToDisk);
                storage.AzureConnectionString = configuration.GetConnectionString(GrainFlowConfigurationKeys.AzureStorageConnectionName);
            });
    }
}
