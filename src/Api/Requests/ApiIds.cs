using GrainFlow.Jobs;
using GrainFlow.Model;

namespace GrainFlow.Api.Requests;

/// <summary>
/// Turns ids taken from a request path into engine ids. Server-generated ids are short runs of letters, digits,
/// <c>-</c> and <c>_</c>; anything else (dots, escapes, very long strings) cannot name a job, savepoint or request,
/// so it is answered as unknown (404) before it reaches a grain key or a storage name.
/// </summary>
internal static class ApiIds
{
    private const int MaxLength = 64;

    public static JobId Job(string value) =>
        IsWellFormed(value) ? new JobId(value) : throw new JobNotFoundException(new JobId(value));

    public static SavepointId Savepoint(string value) =>
        IsWellFormed(value) ? new SavepointId(value) : throw new SavepointNotFoundException(new SavepointId(value));

    public static SavepointRequestId Request(string value) =>
        IsWellFormed(value) ? new SavepointRequestId(value) : throw new SavepointRequestNotFoundException(new SavepointRequestId(value));

    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
