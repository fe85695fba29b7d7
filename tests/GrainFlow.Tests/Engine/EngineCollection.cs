using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// Engine tests share one cluster per channel transport and the process-wide <see cref="FailureInjector"/>, so they
/// run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineCluster>, ICollectionFixture<StreamsEngineCluster>
{
    public const string Name = "engine";
}
