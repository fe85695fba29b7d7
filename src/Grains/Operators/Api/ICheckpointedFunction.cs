using GrainFlow.Model;
using GrainFlow.State.Operator;
using GrainFlow.State;

namespace GrainFlow.Operators.Api;

/// <summary>
/// Hooks for a user function's own non-keyed state, as Flink's <c>CheckpointedFunction</c>: restore it in
/// <see cref="InitializeState"/>, hand it to the operator state backend in <see cref="SnapshotState"/>.
/// </summary>
public interface ICheckpointedFunction
{
    /// <summary>Called before processing starts; <paramref name="isRestored"/> tells a restore from a fresh start.</summary>
    void InitializeState(OperatorStateBackend operatorState, bool isRestored);

    /// <summary>Called at every barrier, before the capture.</summary>
    void SnapshotState(CheckpointId checkpoint);
}
