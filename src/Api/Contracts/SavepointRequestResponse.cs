using GrainFlow.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>The body of polling a savepoint request: its status, the savepoint once completed, or why it failed.</summary>
public sealed record SavepointRequestResponse(SavepointRequestStatus Status, string? SavepointId, string? Failure)
{
    public static SavepointRequestResponse From(SavepointRequestView view) =>
        new(view.Status, view.Savepoint?.Value, view.Failure);
}
