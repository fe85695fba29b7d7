using GrainFlow.Checkpointing;
using GrainFlow.Graph;
using GrainFlow.Jobs;
using GrainFlow.Hosting;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Registry;
using GrainFlow.Runtime;
using GrainFlow.Runtime.Channels;
using GrainFlow.Runtime.Tasks;
using GrainFlow.State.Serialization;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Streams;

namespace Orleans.Hosting;

/// <summary>
/// Adds the GrainFlow engine to a silo: the channel stream provider (memory streams, implicit subscriptions, a
/// short poll period so a stream hop does not add the default 100 ms), snapshot storage, operator registry and the
/// services subtask grains use.
/// </summary>
public static class GrainFlowSiloBuilderExtensions
{
    public static ISiloBuilder AddGrainFlow(this ISiloBuilder builder, Action<GrainFlowOptions>? configure = null,
        Action<GrainFlowStorageOptions>? configureStorage = null, Action<GrainFlowOperatorOptions>? configureOperators = null)
    {
        var options = new GrainFlowOptions();
        configure?.Invoke(options);
        builder.Services.Configure<GrainFlowOptions>(o =>
        {
            o.DataDirectory = options.DataDirectory;
            o.AllowedRoots = options.AllowedRoots;
        });

        builder.AddGrainFlowStorage(storage =>
        {
            storage.DataDirectory = options.DataDirectory;
            configureStorage?.Invoke(storage);
        });

        builder.AddMemoryStreams(ChannelStreams.ProviderName, streams =>
        {
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePartitioning(8);
            streams.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(5);
                o.BatchContainerBatchSize = 32;
            }));
        });

        builder.AddStartupTask<JobRecoveryStartupTask>();
        var services = builder.Services;
        services.AddOptions<RuntimeOptions>();
        services.AddOptions<GrainFlowOperatorOptions>();
        if (configureOperators is not null)
        {
            services.Configure(configureOperators);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<GrainFlowOptions>>().Value;
            return new FilePathResolver(o.DataDirectory, o.AllowedRoots);
        });
        services.TryAddSingleton(StateSerializers.FromServices);
        services.TryAddSingleton<OperatorRegistry>();
        services.TryAddSingleton<TaskServicesFactory>();
        services.TryAddSingleton<CheckpointCommitter>();
        services.TryAddSingleton<CheckpointCleaner>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckpointCleaner>());
        services.TryAddSingleton<CheckpointAnnouncer>();
        services.TryAddSingleton<IOperatorCatalog>(sp => sp.GetRequiredService<OperatorRegistry>());
        services.TryAddSingleton<IJobService, JobService>();
        return builder;
    }
}
