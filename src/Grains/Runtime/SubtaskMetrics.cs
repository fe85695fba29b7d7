using GrainFlow.Model;

namespace GrainFlow.Runtime;

/// <summary>A subtask's counters for the job view: records in and out in the current attempt, and where it is.</summary>
[GenerateSerializer, Immutable]
public sealed record SubtaskMetrics(
    [property: Id(0)] SubtaskId Subtask,
    [property: Id(1)] Attempt Attempt,
    [property: Id(2)] SubtaskPhase Phase,
    [property: Id(3)] long RecordsIn,
    [property: Id(4)] long RecordsOut);
