namespace GrainFlow.Api.Contracts;

/// <summary>
/// The answer (202) to an asynchronous action: a checkpoint trigger (the checkpoint id) or a savepoint or
/// stop-with-savepoint request (the request id to poll).
/// </summary>
public sealed record RequestAcceptedResponse(string RequestId);
