using GrainFlow.Model;

namespace GrainFlow.Runtime.Jobs;

/// <summary>One operator of a running job: its parallelism and records in/out summed over its subtasks.</summary>
[GenerateSerializer, Immutable]
public sealed record OperatorView(
    [property: Id(0)] OperatorUid Uid,
    [property: Id(1)] int Parallelism,
    [property: Id(2)] long RecordsIn,
    [property: Id(3)] long RecordsOut);
