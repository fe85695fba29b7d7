namespace GrainFlow.Tests.Engine;

/// <summary>A failure the test caused on purpose.</summary>
public sealed class InjectedFailureException(string message) : Exception(message);
