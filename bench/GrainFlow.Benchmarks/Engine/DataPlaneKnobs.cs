using System.Globalization;
using GrainFlow.Runtime;
using GrainFlow.Runtime.Channels;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// Profiling knobs for the data plane, read from the environment so an experiment needs no rebuild:
/// <c>GRAINFLOW_BENCH_TRANSPORT</c> (<c>grainCalls</c> or <c>streams</c>), <c>GRAINFLOW_BENCH_CREDITS</c> (batches in flight per channel), <c>GRAINFLOW_BENCH_GRANT</c> (batches per credit
/// grant), <c>GRAINFLOW_BENCH_SOURCE_BATCH</c> (records per source poll), <c>GRAINFLOW_BENCH_BUFFER_MS</c> (the sources' buffer timeout), <c>GRAINFLOW_BENCH_POLL_MS</c> (the stream
/// pulling agent's queue poll period) and <c>GRAINFLOW_BENCH_CONTAINER_BATCH</c> (batch containers per pull). Unset,
/// the engine's own defaults apply; the suite's figures are taken with them unset.
/// </summary>
public static class DataPlaneKnobs
{
    public static void Apply(IServiceCollection services)
    {
        services.Configure<RuntimeOptions>(o =>
        {
            o.CreditsPerChannel = Int("GRAINFLOW_BENCH_CREDITS") ?? o.CreditsPerChannel;
            o.CreditGrantBatch = Int("GRAINFLOW_BENCH_GRANT") ?? o.CreditGrantBatch;
            o.SourceBatchSize = Int("GRAINFLOW_BENCH_SOURCE_BATCH") ?? o.SourceBatchSize;
            o.BufferTimeout = Int("GRAINFLOW_BENCH_BUFFER_MS") is { } bufferMs ? TimeSpan.FromMilliseconds(bufferMs) : o.BufferTimeout;
            o.Transport = Environment.GetEnvironmentVariable("GRAINFLOW_BENCH_TRANSPORT") is { Length: > 0 } transport
                ? Enum.Parse<ChannelTransport>(transport, ignoreCase: true)
                : o.Transport;
        });
        services.Configure<StreamPullingAgentOptions>(ChannelStreams.ProviderName, o =>
        {
            o.GetQueueMsgsTimerPeriod = Int("GRAINFLOW_BENCH_POLL_MS") is { } ms ? TimeSpan.FromMilliseconds(ms) : o.GetQueueMsgsTimerPeriod;
            o.BatchContainerBatchSize = Int("GRAINFLOW_BENCH_CONTAINER_BATCH") ?? o.BatchContainerBatchSize;
        });
        if (Int("GRAINFLOW_BENCH_CACHE_MS") is { } cacheMs)
        {
            services.Configure<StreamCacheEvictionOptions>(ChannelStreams.ProviderName, o =>
            {
                o.DataMinTimeInCache = TimeSpan.FromMilliseconds(cacheMs);
                o.DataMaxAgeInCache = TimeSpan.FromMilliseconds(2 * cacheMs);
                o.MetadataMinTimeInCache = TimeSpan.FromMilliseconds(2 * cacheMs);
            });
        }
    }

    /// <summary>The knobs that are set, for the run's header; empty when the engine's defaults apply.</summary>
    public static string Describe() => string.Join(", ", new[] { "CREDITS", "GRANT", "SOURCE_BATCH", "POLL_MS", "CONTAINER_BATCH", "CACHE_MS" }
        .Where(k => Environment.GetEnvironmentVariable("GRAINFLOW_BENCH_" + k) is not null)
        .Select(k => $"{k}={Environment.GetEnvironmentVariable("GRAINFLOW_BENCH_" + k)}"));

    private static int? Int(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
