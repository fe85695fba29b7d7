namespace GrainFlow.Api.Contracts;

/// <summary>
/// The optional body of a savepoint or stop-with-savepoint request: a client-chosen <c>triggerId</c> makes a retried
/// request idempotent (the same request id comes back instead of a 409).
/// </summary>
public sealed record SavepointTriggerRequest(string? TriggerId);
