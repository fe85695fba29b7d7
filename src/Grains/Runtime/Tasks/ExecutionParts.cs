using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State.Operator;

namespace GrainFlow.Runtime.Tasks;

/// <summary>The assembled pieces of one subtask attempt, built and restored by <see cref="ExecutionFactory"/>.</summary>
public sealed record ExecutionParts(
    SubtaskId Subtask,
    Attempt Attempt,
    ExecutionPlan Plan,
    ExecutionVertex Vertex,
    IOperatorLifecycle Operator,
    HeapKeyedStateBackend? KeyedState,
    OperatorStateBackend OperatorState,
    OutputRouter Router,
    IReadOnlyList<InputChannel> Inputs,
    CheckpointingMode Mode,
    TaskServices Services);
