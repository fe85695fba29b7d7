using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The job has no checkpoint of that id in its statistics history (HTTP 404).</summary>
public sealed class CheckpointNotFoundException(JobId job, CheckpointId checkpoint)
    : Exception($"Job '{job}' has no checkpoint {checkpoint} in its history.")
{
    public JobId Job { get; } = job;
    public CheckpointId Checkpoint { get; } = checkpoint;
}
