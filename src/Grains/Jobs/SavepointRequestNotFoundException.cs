namespace GrainFlow.Jobs;

/// <summary>The request id names no savepoint request of that job (HTTP 404).</summary>
public sealed class SavepointRequestNotFoundException(SavepointRequestId request) : Exception($"No savepoint request '{request}' exists for this job.")
{
    public SavepointRequestId Request { get; } = request;
}
