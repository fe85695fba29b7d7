using Azure.Storage.Blobs;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>
/// Registers GrainFlow's storage: the keyed grain storage provider <see cref="GrainFlowStorage.ProviderName"/> for
/// the chosen mode, always with the binary <see cref="StoredObjectGrainStorageSerializer"/> (never the JSON
/// default), and <see cref="GrainStorageSnapshotStore"/> as <see cref="ISnapshotStore"/>,
/// <see cref="ICheckpointMetadataStore"/> and <see cref="IStateRecordStore"/>.
/// </summary>
public static class GrainFlowStorageSiloBuilderExtensions
{
    public static ISiloBuilder AddGrainFlowStorage(this ISiloBuilder builder, Action<GrainFlowStorageOptions> configure)
    {
        var options = new GrainFlowStorageOptions();
        configure(options);
        GrainFlowStorageOptionsValidator.Validate(options);
        _ = options.Mode switch
        {
            GrainFlowStorageMode.LocalDirectory => builder.AddLocalDirectoryGrainStorage(GrainFlowStorage.ProviderName, ob => ob
                .Configure<Serializer>((o, serializer) =>
                {
                    o.RootDirectory = options.LocalRootDirectory;
                    o.FlushToDisk = options.FlushToDisk;
                    o.GrainStorageSerializer = BinarySerializer(serializer);
                })),
            GrainFlowStorageMode.AzureBlob => builder.AddAzureBlobGrainStorage(GrainFlowStorage.ProviderName, ob => ob
                .Configure<Serializer>((o, serializer) =>
                {
                    o.BlobServiceClient = new BlobServiceClient(options.AzureConnectionString);
                    o.ContainerName = options.ContainerName;
                    o.DeleteStateOnClear = true;
                    o.GrainStorageSerializer = BinarySerializer(serializer);
                })),
            GrainFlowStorageMode.Memory => builder.AddMemoryGrainStorage(GrainFlowStorage.ProviderName, ob => ob
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = BinarySerializer(serializer))),
            _ => throw new ArgumentOutOfRangeException(nameof(configure), options.Mode, "Unknown storage mode."),
        };

        return builder.ConfigureServices(services =>
        {
            services.AddSingleton(Options.Create(options));
            services.AddSingleton(sp => new GrainStorageSnapshotStore(sp.GetRequiredKeyedService<IGrainStorage>(GrainFlowStorage.ProviderName)));
            services.AddSingleton<ISnapshotStore>(sp => sp.GetRequiredService<GrainStorageSnapshotStore>());
            services.AddSingleton<ICheckpointMetadataStore>(sp => sp.GetRequiredService<GrainStorageSnapshotStore>());
            services.AddSingleton<IStateRecordStore>(sp => sp.GetRequiredService<GrainStorageSnapshotStore>());
        });
    }

    private static StoredObjectGrainStorageSerializer BinarySerializer(Serializer serializer) =>
        new(new OrleansGrainStorageSerializer(serializer));
}
