using Orleans.Concurrency;
using GrainFlow.Checkpointing;
using GrainFlow.Jobs;
using GrainFlow.Model;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// One per job (keyed by the job id): owns the job's status and attempt, deploys subtasks, and decides restarts by
/// the job's restart strategy. Subtasks and the coordinator report to it one-way; a report of an older attempt is
/// ignored, which is how a zombie's late failure report is fenced off.
/// </summary>
public interface IJobManagerGrain : IGrainWithStringKey
{
    Task SubmitAsync(JobSubmission submission);

    /// <summary>
    /// The job's view, or null when this job id was never submitted. Interleaved, so the REST API still answers while
    /// the job manager waits on a restart or on slow storage, which is when an operator looks. It changes nothing: it
    /// reads the job's state and asks the current plan's subtasks for their record counts.
    /// </summary>
    [AlwaysInterleave]
    Task<JobView?> GetAsync();

    /// <summary>Cancels the job; false when it has already ended (the caller reports a conflict).</summary>
    Task<bool> CancelAsync();

    /// <summary>Starts a savepoint (or a savepoint followed by a stop) of the running job.</summary>
    Task<SavepointTriggerResult> TriggerSavepointAsync(string? triggerId, bool stop);

    Task<SavepointRequestView?> GetSavepointRequestAsync(SavepointRequestId request);

    /// <summary>Triggers a checkpoint outside the schedule; null when the job is not running.</summary>
    Task<CheckpointTriggerResult?> TriggerCheckpointAsync();

    /// <summary>The coordinator's word on a savepoint: completed (no failure) or failed with a cause.</summary>
    [OneWay]
    Task ReportSavepointOutcomeAsync(CheckpointId checkpoint, string? failure);

    [OneWay]
    Task ReportFailureAsync(Attempt attempt, SubtaskId? subtask, string cause);

    [OneWay]
    Task ReportSourceExhaustedAsync(Attempt attempt, SubtaskId subtask);

    [OneWay]
    Task ReportSubtaskFinishedAsync(Attempt attempt, SubtaskId subtask, CheckpointId terminalCheckpoint);

    /// <summary>The coordinator completed a checkpoint that ends the job (final, or stop-with-savepoint).</summary>
    [OneWay]
    Task ReportTerminalCheckpointAsync(Attempt attempt, CheckpointId checkpoint, CheckpointKind kind);
}
