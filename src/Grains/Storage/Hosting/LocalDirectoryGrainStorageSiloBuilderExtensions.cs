using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>
/// Registers a <see cref="LocalDirectoryGrainStorage"/> provider under a name, the way Orleans registers its own
/// providers (named options, a configuration validator, the default serializer filled in, a keyed
/// <see cref="IGrainStorage"/>).
/// </summary>
public static class LocalDirectoryGrainStorageSiloBuilderExtensions
{
    public static ISiloBuilder AddLocalDirectoryGrainStorage(this ISiloBuilder builder, string name, Action<LocalDirectoryGrainStorageOptions> configureOptions) =>
        builder.AddLocalDirectoryGrainStorage(name, optionsBuilder => optionsBuilder.Configure(configureOptions));

    public static ISiloBuilder AddLocalDirectoryGrainStorage(this ISiloBuilder builder, string name, Action<OptionsBuilder<LocalDirectoryGrainStorageOptions>>? configureOptions = null) =>
        builder.ConfigureServices(services =>
        {
            configureOptions?.Invoke(services.AddOptions<LocalDirectoryGrainStorageOptions>(name));
            services.AddTransient<IConfigurationValidator>(sp => new LocalDirectoryGrainStorageOptionsValidator(
                sp.GetRequiredService<IOptionsMonitor<LocalDirectoryGrainStorageOptions>>().Get(name), name));
            services.AddTransient<IPostConfigureOptions<LocalDirectoryGrainStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<LocalDirectoryGrainStorageOptions>>();
            services.ConfigureNamedOptionForLogging<LocalDirectoryGrainStorageOptions>(name);
            services.AddGrainStorage(name, LocalDirectoryGrainStorage.Create);
        });
}
