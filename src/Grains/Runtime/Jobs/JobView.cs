using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Runtime.Jobs;

/// <summary>What the job manager reports about a job: status, attempt, restarts, the last failure, per-operator counts.</summary>
[GenerateSerializer, Immutable]
public sealed record JobView(
    [property: Id(0)] JobId Job,
    [property: Id(1)] string Name,
    [property: Id(2)] JobStatus Status,
    [property: Id(3)] Attempt Attempt,
    [property: Id(4)] int Restarts,
    [property: Id(5)] string? FailureCause,
    [property: Id(6)] IReadOnlyList<OperatorView> Operators,
    [property: Id(7)] JobSpec? Spec);
