namespace GrainFlow.Jobs;

/// <summary>The id a savepoint (or stop-with-savepoint) request is polled by; server generated.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SavepointRequestId([property: Id(0)] string Value)
{
    public static SavepointRequestId New() => new("req-" + Guid.NewGuid().ToString("n")[..16]);

    public override string ToString() => Value;
}
