using Xunit;

namespace GrainFlow.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class ExactlyOnceRecoveryOverStreamsTests(StreamsEngineCluster cluster) : ExactlyOnceRecoveryTests(cluster);
