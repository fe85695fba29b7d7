using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Runtime;

/// <summary>
/// Everything a subtask needs to run one attempt: the job spec (each subtask derives the same execution plan from
/// it), the attempt that fences older elements, and, when restoring, the state it starts from.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TaskDeployment(
    [property: Id(0)] SubtaskId Subtask,
    [property: Id(1)] Attempt Attempt,
    [property: Id(2)] JobSpec Spec,
    [property: Id(3)] TaskRestore? Restore);
