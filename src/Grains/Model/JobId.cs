namespace GrainFlow.Model;

/// <summary>
/// A job's identity: the key of its job manager and checkpoint coordinator grains and the prefix of every subtask
/// grain key. Server generated, so it is safe to use in storage names.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct JobId([property: Id(0)] string Value)
{
    public static JobId New() => new(Guid.NewGuid().ToString("n")[..16]);

    public override string ToString() => Value;
}
