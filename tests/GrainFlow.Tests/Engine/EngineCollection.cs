using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>Engine tests share one cluster and the process-wide <see cref="FailureInjector"/>, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineCluster>
{
    public const string Name = "engine";
}
