using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>Tests against the API without keys share one <see cref="LoopbackApiHost"/>.</summary>
[CollectionDefinition(ApiCollections.Loopback)]
public sealed class LoopbackApiCollection : ICollectionFixture<LoopbackApiHost>;
