using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>One savepoint runs per job at a time; a second request is refused (HTTP 409).</summary>
public sealed class SavepointInProgressException(JobId job) : Exception($"A savepoint of job '{job}' is already in progress.")
{
    public JobId Job { get; } = job;
}
