namespace GrainFlow.Tests.Api;

/// <summary>The names of the test collections that share one host each, so each silo starts once for all its tests.</summary>
public static class ApiCollections
{
    public const string Loopback = "api-loopback";
    public const string Keyed = "api-keyed";
}
