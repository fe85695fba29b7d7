using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The action is not valid in the job's current status, e.g. cancelling a finished job (HTTP 409).</summary>
public sealed class JobStateConflictException(JobId job, JobStatus status, string action)
    : Exception($"Job '{job}' is {status.ToString().ToLowerInvariant()}; it cannot {action}.")
{
    public JobId Job { get; } = job;
    public JobStatus Status { get; } = status;
    public string Action { get; } = action;
}
