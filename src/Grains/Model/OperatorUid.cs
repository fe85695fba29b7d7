namespace GrainFlow.Model;

/// <summary>
/// An operator's stable identity within a job. Checkpoint and savepoint state is mapped by it, so it must stay
/// the same when a job is changed and restarted from a savepoint.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct OperatorUid([property: Id(0)] string Value)
{
    public override string ToString() => Value;
}
