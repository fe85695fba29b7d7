using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The job id names no job this service knows (HTTP 404).</summary>
public sealed class JobNotFoundException(JobId job) : Exception($"No job '{job}' exists.")
{
    public JobId Job { get; } = job;
}
