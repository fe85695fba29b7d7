using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The answer to polling a savepoint request: its status, the savepoint once completed, or why it failed.</summary>
[GenerateSerializer, Immutable]
public sealed record SavepointRequestView(
    [property: Id(0)] SavepointRequestId Request,
    [property: Id(1)] SavepointRequestStatus Status,
    [property: Id(2)] SavepointId? Savepoint,
    [property: Id(3)] string? Failure);
