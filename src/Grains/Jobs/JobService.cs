using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Jobs;

/// <summary>
/// The engine's front door (see <see cref="IJobService"/>): validates against this silo's operator registry,
/// resolves savepoints from their metadata, talks to the job, coordinator and registry grains, and turns their
/// answers into the typed exceptions hosts map to HTTP statuses.
/// </summary>
public sealed class JobService(IGrainFactory grains, IOperatorCatalog catalog, CheckpointCommitter committer) : IJobService
{
    public async Task<JobId> SubmitAsync(JobSpec spec, SavepointId? fromSavepoint = null, bool allowNonRestoredState = false)
    {
        JobSpecValidator.Validate(spec, catalog);
        JobSubmission submission = new(spec, null, null);
        if (fromSavepoint is { } savepoint)
        {
            var metadata = await committer.ReadSavepointAsync(savepoint) ?? throw new SavepointNotFoundException(savepoint);
            SavepointCompatibility.Check(metadata, spec, allowNonRestoredState);
            submission = new JobSubmission(spec, metadata.Job, metadata.Checkpoint);
        }

        var job = JobId.New();
        await grains.GetGrain<IJobRegistryGrain>(IJobRegistryGrain.Key).AddAsync(job);
        await JobManager(job).SubmitAsync(submission);
        return job;
    }

    public async Task<IReadOnlyList<JobSummary>> ListAsync()
    {
        var jobs = await grains.GetGrain<IJobRegistryGrain>(IJobRegistryGrain.Key).ListAsync();
        var views = await Task.WhenAll(jobs.Select(job => JobManager(job).GetAsync()));
        return views.OfType<JobView>().Select(v => new JobSummary(v.Job, v.Name, v.Status)).ToList();
    }

    public async Task<JobView> GetAsync(JobId job) => await JobManager(job).GetAsync() ?? throw new JobNotFoundException(job);

    public async Task CancelAsync(JobId job)
    {
        var view = await GetAsync(job);
        if (!await JobManager(job).CancelAsync())
        {
            throw new JobStateConflictException(job, view.Status, "be canceled");
        }
    }

    public Task<SavepointRequestId> StopWithSavepointAsync(JobId job, string? triggerId = null) => SavepointAsync(job, triggerId, stop: true);

    public async Task<CheckpointStatsSnapshot> GetCheckpointStatsAsync(JobId job)
    {
        await GetAsync(job);
        return await Coordinator(job).GetStatsAsync();
    }

    public async Task<CheckpointSettings> GetCheckpointSettingsAsync(JobId job) => SpecSettings.Checkpoints((await GetAsync(job)).Spec!.Checkpointing);

    public async Task<CheckpointHistoryEntry> GetCheckpointAsync(JobId job, CheckpointId checkpoint) =>
        (await GetCheckpointStatsAsync(job)).History.FirstOrDefault(e => e.Id == checkpoint)
        ?? throw new CheckpointNotFoundException(job, checkpoint);

    public async Task<CheckpointId> TriggerCheckpointAsync(JobId job)
    {
        var view = await GetAsync(job);
        var result = await JobManager(job).TriggerCheckpointAsync();
        return result?.Checkpoint ?? throw new JobStateConflictException(job, view.Status, "take a checkpoint");
    }

    public Task<SavepointRequestId> TriggerSavepointAsync(JobId job, string? triggerId = null) => SavepointAsync(job, triggerId, stop: false);

    public async Task<SavepointRequestView> GetSavepointRequestAsync(JobId job, SavepointRequestId request)
    {
        await GetAsync(job);
        return await JobManager(job).GetSavepointRequestAsync(request) ?? throw new SavepointRequestNotFoundException(request);
    }

    public Task<IReadOnlyList<SavepointSummary>> ListSavepointsAsync() =>
        grains.GetGrain<ISavepointRegistryGrain>(ISavepointRegistryGrain.Key).ListAsync();

    public async Task<SavepointDetails> GetSavepointAsync(SavepointId savepoint)
    {
        var metadata = await committer.ReadSavepointAsync(savepoint) ?? throw new SavepointNotFoundException(savepoint);
        var checkpoint = metadata.Checkpoint;
        var operators = checkpoint.HandlesByOperator
            .Select(o => new SavepointOperatorState(o.Key,
                checkpoint.Acknowledgements.Keys.Count(s => s.Operator == o.Key),
                o.Value.Where(h => h.Kind == SnapshotHandleKind.Keyed).Select(h => h.KeyGroups).OrderBy(r => r.Start).ToList(),
                o.Value.Sum(h => h.Bytes)))
            .OrderBy(o => o.Uid.Value, StringComparer.Ordinal)
            .ToList();
        return new SavepointDetails(savepoint, metadata.Job, metadata.Spec.Name, checkpoint.Id, checkpoint.CompletedAt,
            checkpoint.StateBytes, metadata.Spec.MaxParallelism, operators, metadata.Spec);
    }

    /// <summary>Unlists the savepoint first, then deletes its metadata (so it can no longer be restored) and its objects.</summary>
    public async Task DeleteSavepointAsync(SavepointId savepoint)
    {
        var metadata = await committer.ReadSavepointAsync(savepoint) ?? throw new SavepointNotFoundException(savepoint);
        await grains.GetGrain<ISavepointRegistryGrain>(ISavepointRegistryGrain.Key).RemoveAsync(savepoint);
        await committer.DeleteSavepointAsync(savepoint, metadata.Checkpoint);
    }

    private async Task<SavepointRequestId> SavepointAsync(JobId job, string? triggerId, bool stop)
    {
        await GetAsync(job);
        var result = await JobManager(job).TriggerSavepointAsync(triggerId, stop);
        return result.Outcome switch
        {
            SavepointTriggerOutcome.Started or SavepointTriggerOutcome.Repeated => result.Request!.Value,
            SavepointTriggerOutcome.InProgress => throw new SavepointInProgressException(job),
            _ => throw new JobStateConflictException(job, result.Status, stop ? "stop with a savepoint" : "take a savepoint"),
        };
    }

    private IJobManagerGrain JobManager(JobId job) => grains.GetGrain<IJobManagerGrain>(job.Value);

    private ICheckpointCoordinatorGrain Coordinator(JobId job) => grains.GetGrain<ICheckpointCoordinatorGrain>(job.Value);
}
