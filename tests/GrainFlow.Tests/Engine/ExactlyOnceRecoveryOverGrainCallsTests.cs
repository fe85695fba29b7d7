using Xunit;

namespace GrainFlow.Tests.Engine;

[Collection(EngineCollection.Name)]
public sealed class ExactlyOnceRecoveryOverGrainCallsTests(EngineCluster cluster) : ExactlyOnceRecoveryTests(cluster);
