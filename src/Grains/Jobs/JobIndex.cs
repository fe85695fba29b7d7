using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The persisted list of submitted jobs, so the job list survives a restart of the service.</summary>
[GenerateSerializer]
public sealed class JobIndex
{
    [Id(0)]
    public List<JobId> Jobs { get; set; } = [];
}
