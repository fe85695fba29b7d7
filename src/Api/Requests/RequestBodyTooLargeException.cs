namespace GrainFlow.Api.Requests;

/// <summary>A request body passed the API's size limit (HTTP 413); the body is not read further.</summary>
public sealed class RequestBodyTooLargeException(long limitBytes)
    : Exception($"The request body exceeds the limit of {limitBytes} bytes.")
{
    public long LimitBytes { get; } = limitBytes;
}
