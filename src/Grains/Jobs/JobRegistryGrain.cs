using GrainFlow.Model;
using GrainFlow.Storage;

namespace GrainFlow.Jobs;

/// <summary>Keeps <see cref="JobIndex"/> in grain storage; each job's status lives with its job manager.</summary>
[GrainType("grainflow.jobs")]
public sealed class JobRegistryGrain(
    [PersistentState("job-index", GrainFlowStorage.ProviderName)] IPersistentState<JobIndex> index)
    : Grain, IJobRegistryGrain
{
    public async Task AddAsync(JobId job)
    {
        if (!index.State.Jobs.Contains(job))
        {
            index.State.Jobs.Add(job);
            await index.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<JobId>> ListAsync() => Task.FromResult<IReadOnlyList<JobId>>(index.State.Jobs.ToList());
}
