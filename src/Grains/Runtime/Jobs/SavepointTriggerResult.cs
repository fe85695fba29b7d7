using GrainFlow.Jobs;
using GrainFlow.Model;

namespace GrainFlow.Runtime.Jobs;

/// <summary>The job manager's answer to a savepoint request, with the job's status for the caller's error message.</summary>
[GenerateSerializer, Immutable]
public sealed record SavepointTriggerResult(
    [property: Id(0)] SavepointTriggerOutcome Outcome,
    [property: Id(1)] SavepointRequestId? Request,
    [property: Id(2)] JobStatus Status);
