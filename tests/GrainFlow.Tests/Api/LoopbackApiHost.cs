namespace GrainFlow.Tests.Api;

/// <summary>The API with no keys configured: it serves loopback clients (the tests) with full rights.</summary>
public sealed class LoopbackApiHost : ApiHost
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();
}
