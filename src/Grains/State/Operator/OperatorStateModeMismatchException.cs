namespace GrainFlow.State.Operator;

/// <summary>
/// An operator state name registered with one redistribution mode but snapshotted (or registered earlier) with the
/// other: restoring it would hand subtasks the wrong elements, so it is refused.
/// </summary>
public sealed class OperatorStateModeMismatchException(string stateName, OperatorStateMode registered, OperatorStateMode found)
    : Exception($"Operator state '{stateName}' is {registered} here but {found} in the snapshot or registration.")
{
    public string StateName { get; } = stateName;

    public OperatorStateMode Registered { get; } = registered;

    public OperatorStateMode Found { get; } = found;
}
