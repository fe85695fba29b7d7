namespace GrainFlow.State.Api;

/// <summary>
/// A state name whose value type differs between a registration and a snapshot (or an earlier registration):
/// snapshot bytes are typed, so they are refused rather than misread.
/// </summary>
public sealed class StateTypeMismatchException(string stateName, string registeredType, string foundType)
    : Exception($"State '{stateName}' holds {registeredType} here but {foundType} in the snapshot or registration.")
{
    public string StateName { get; } = stateName;

    public string RegisteredType { get; } = registeredType;

    public string FoundType { get; } = foundType;
}
