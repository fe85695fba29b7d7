namespace GrainFlow.Tests.State;

/// <summary>A user type without a fast path: stored through Orleans serialization.</summary>
[GenerateSerializer, Immutable]
public sealed record Reading([property: Id(0)] string Sensor, [property: Id(1)] double Value);
