using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The savepoint id names no savepoint (HTTP 404).</summary>
public sealed class SavepointNotFoundException(SavepointId savepoint) : Exception($"No savepoint '{savepoint}' exists.")
{
    public SavepointId Savepoint { get; } = savepoint;
}
