using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Jobs;

/// <summary>
/// What a host (the REST API, the demo, tests) may do with jobs and savepoints; the one door into the engine.
/// Bad requests surface as typed exceptions naming their cause: <see cref="JobSpecValidationException"/>,
/// <see cref="JobNotFoundException"/>, <see cref="SavepointNotFoundException"/>,
/// <see cref="SavepointRequestNotFoundException"/>, <see cref="CheckpointNotFoundException"/>,
/// <see cref="JobStateConflictException"/>, <see cref="SavepointInProgressException"/> and
/// <see cref="SavepointRestoreException"/>.
/// </summary>
public interface IJobService
{
    /// <summary>Validates and starts a job, optionally from a savepoint whose state is mapped by operator uid.</summary>
    Task<JobId> SubmitAsync(JobSpec spec, SavepointId? fromSavepoint = null, bool allowNonRestoredState = false);

    Task<IReadOnlyList<JobSummary>> ListAsync();

    Task<JobView> GetAsync(JobId job);

    Task CancelAsync(JobId job);

    /// <summary>Takes a savepoint, then stops the sources; the job ends <c>stopped</c> once the sinks committed.</summary>
    Task<SavepointRequestId> StopWithSavepointAsync(JobId job, string? triggerId = null);

    Task<CheckpointStatsSnapshot> GetCheckpointStatsAsync(JobId job);

    Task<CheckpointSettings> GetCheckpointSettingsAsync(JobId job);

    Task<CheckpointHistoryEntry> GetCheckpointAsync(JobId job, CheckpointId checkpoint);

    /// <summary>Triggers a checkpoint now, outside the periodic schedule.</summary>
    Task<CheckpointId> TriggerCheckpointAsync(JobId job);

    /// <summary>
    /// Triggers a savepoint. Only one runs per job: a second request gets <see cref="SavepointInProgressException"/>,
    /// unless it repeats the running request's <paramref name="triggerId"/>, which returns the same request id.
    /// </summary>
    Task<SavepointRequestId> TriggerSavepointAsync(JobId job, string? triggerId = null);

    Task<SavepointRequestView> GetSavepointRequestAsync(JobId job, SavepointRequestId request);

    Task<IReadOnlyList<SavepointSummary>> ListSavepointsAsync();

    Task<SavepointDetails> GetSavepointAsync(SavepointId savepoint);

    Task DeleteSavepointAsync(SavepointId savepoint);
}
