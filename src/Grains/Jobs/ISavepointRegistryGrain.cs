using GrainFlow.Model;

namespace GrainFlow.Jobs;

/// <summary>The cluster-wide index of savepoints (a single grain), kept in grain storage so it survives restarts.</summary>
public interface ISavepointRegistryGrain : IGrainWithStringKey
{
    public const string Key = "savepoints";

    Task AddAsync(SavepointSummary savepoint);

    Task<bool> RemoveAsync(SavepointId savepoint);

    Task<IReadOnlyList<SavepointSummary>> ListAsync();
}
