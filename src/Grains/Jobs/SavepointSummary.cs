using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>One line of the savepoint list.</summary>
[GenerateSerializer, Immutable]
public sealed record SavepointSummary(
    [property: Id(0)] SavepointId Savepoint,
    [property: Id(1)] JobId Job,
    [property: Id(2)] string JobName,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] long StateBytes);
