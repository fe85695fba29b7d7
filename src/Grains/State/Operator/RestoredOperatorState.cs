namespace GrainFlow.State.Operator;

/// <summary>
/// One operator list state as read from one old subtask's snapshot (or, after redistribution, as assigned to this
/// subtask): its recorded mode and element type, and its elements still encoded.
/// </summary>
internal sealed record RestoredOperatorState(
    string Name, OperatorStateMode Mode, string TypeName, IReadOnlyList<ReadOnlyMemory<byte>> Elements);
