using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The cluster-wide list of jobs (a single grain), kept in grain storage.</summary>
public interface IJobRegistryGrain : IGrainWithStringKey
{
    public const string Key = "jobs";

    Task AddAsync(JobId job);

    Task<IReadOnlyList<JobId>> ListAsync();
}
