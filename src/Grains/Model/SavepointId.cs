namespace GrainFlow.Model;

/// <summary>A savepoint's server-generated identity; never a caller-supplied path.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SavepointId([property: Id(0)] string Value)
{
    public static SavepointId New() => new("sp-" + Guid.NewGuid().ToString("n")[..16]);

    public override string ToString() => Value;
}
