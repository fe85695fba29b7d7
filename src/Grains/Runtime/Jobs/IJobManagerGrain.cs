using Orleans.Concurrency;
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

    Task<JobView> GetAsync();

    Task CancelAsync();

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
