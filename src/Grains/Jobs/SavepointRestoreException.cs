namespace GrainFlow.Jobs;

/// <summary>
/// A job cannot start from the savepoint: it holds state for an operator uid the new spec lacks (and
/// <c>allowNonRestoredState</c> is off), or the max parallelism differs (HTTP 409). <see cref="Field"/> names the
/// offending request field.
/// </summary>
public sealed class SavepointRestoreException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
