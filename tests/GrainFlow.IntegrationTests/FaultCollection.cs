using Xunit;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// Every fault test runs in this one collection, one at a time: each starts its own Azurite and silo processes,
/// and two such clusters at once on a small machine would make every timing in them meaningless.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection
{
    public const string Name = "Fault cluster";
}
