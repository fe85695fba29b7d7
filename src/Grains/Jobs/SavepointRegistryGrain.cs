using GrainFlow.Model;
using GrainFlow.Storage;

namespace GrainFlow.Jobs;

/// <summary>
/// Keeps <see cref="SavepointIndex"/> in the same grain storage as the snapshots, with Orleans' ETag checks, so two
/// activations (after a silo failure) can never overwrite each other's additions silently.
/// </summary>
[GrainType("grainflow.savepoints")]
public sealed class SavepointRegistryGrain(
    [PersistentState("savepoint-index", GrainFlowStorage.ProviderName)] IPersistentState<SavepointIndex> index)
    : Grain, ISavepointRegistryGrain
{
    public async Task AddAsync(SavepointSummary savepoint)
    {
        if (index.State.Savepoints.Any(s => s.Savepoint == savepoint.Savepoint))
        {
            return;
        }

        index.State.Savepoints.Add(savepoint);
        await index.WriteStateAsync();
    }

    public async Task<bool> RemoveAsync(SavepointId savepoint)
    {
        if (index.State.Savepoints.RemoveAll(s => s.Savepoint == savepoint) == 0)
        {
            return false;
        }

        await index.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<SavepointSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<SavepointSummary>>(index.State.Savepoints.OrderBy(s => s.CreatedAt).ToList());
}
