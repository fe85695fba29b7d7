namespace GrainFlow.State.Api;

/// <summary>
/// Names a piece of state and says what kind it is, as Flink's <c>StateDescriptor</c> does. The name is the state's
/// identity in snapshots, so it must stay stable across versions of a job.
/// </summary>
public abstract class StateDescriptor
{
    protected StateDescriptor(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public string Name { get; }

    public abstract StateKind Kind { get; }

    public override string ToString() => $"{Kind} state '{Name}'";
}
