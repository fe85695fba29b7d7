namespace GrainFlow.Storage;

/// <summary>
/// Thrown when a fenced write or delete of a state record presents an ETag that is no longer current: another
/// writer (a newer coordinator activation, or a zombie's rival) got there first. The loser must re-read, not retry
/// blindly.
/// </summary>
public sealed class StateRecordConflictException : Exception
{
    public StateRecordConflictException(string name, string? expectedETag, Exception? inner = null)
        : base(expectedETag is null
            ? $"The state record '{name}' already exists; it was expected to be absent."
            : $"The state record '{name}' changed since ETag '{expectedETag}' was read.", inner)
    {
        Name = name;
        ExpectedETag = expectedETag;
    }

    /// <summary>The record's storage name.</summary>
    public string Name { get; }

    /// <summary>The ETag the writer presented; null when it expected the record to be absent.</summary>
    public string? ExpectedETag { get; }
}
