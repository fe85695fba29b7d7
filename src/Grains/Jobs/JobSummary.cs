using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>One line of the job list.</summary>
[GenerateSerializer, Immutable]
public sealed record JobSummary([property: Id(0)] JobId Job, [property: Id(1)] string Name, [property: Id(2)] JobStatus Status);
