using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>Tests against the API with keys share one <see cref="KeyedApiHost"/>.</summary>
[CollectionDefinition(ApiCollections.Keyed)]
public sealed class KeyedApiCollection : ICollectionFixture<KeyedApiHost>;
