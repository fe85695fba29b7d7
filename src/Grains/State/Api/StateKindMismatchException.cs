namespace GrainFlow.State.Api;

/// <summary>
/// A state name used as two different kinds (say, registered as value state but found as list state in a snapshot).
/// Reading one kind's bytes as another would corrupt the job, so the mismatch is refused.
/// </summary>
public sealed class StateKindMismatchException(string stateName, StateKind registered, StateKind found)
    : Exception($"State '{stateName}' is {registered} state here but {found} state in the snapshot or registration.")
{
    public string StateName { get; } = stateName;

    public StateKind Registered { get; } = registered;

    public StateKind Found { get; } = found;
}
