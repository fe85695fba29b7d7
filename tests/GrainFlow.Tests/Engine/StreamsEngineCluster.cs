using GrainFlow.Runtime.Channels;

namespace GrainFlow.Tests.Engine;

/// <summary>The same two-silo cluster with channels on Orleans memory streams instead of direct grain calls.</summary>
public sealed class StreamsEngineCluster : EngineCluster
{
    protected override ChannelTransport Transport => ChannelTransport.Streams;
}
