using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Lifecycle;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// Runs one job through its lifecycle (design section 7): deploys an attempt, and on any failure of the current
/// attempt cancels it, asks the restart strategy, and deploys the next attempt from the latest completed checkpoint
/// (or the savepoint the job started from). Reports of older attempts are ignored: that is the fence against zombies.
/// Its state is persisted; an activation that finds a running job in storage (its silo died) restarts it from the
/// latest checkpoint, and a watchdog restarts the job when the coordinator activation is lost.
/// </summary>
[GrainType("grainflow.jobmanager")]
public sealed class JobManagerGrain(
    TimeProvider time,
    ILogger<JobManagerGrain> logger,
    [PersistentState("job-manager", GrainFlowStorage.ProviderName)] IPersistentState<JobManagerState> state)
    : Grain, IJobManagerGrain, IRemindable
{
    private static readonly TimeSpan WatchdogPeriod = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How soon a recovery or restart step that failed (a silo still starting, storage away) is tried again. Timer
    /// callbacks that throw are not retried by Orleans, so without this a job would stay Restarting forever.
    /// </summary>
    private static readonly TimeSpan StepRetryDelay = TimeSpan.FromSeconds(1);

    private readonly HashSet<SubtaskId> _exhaustedSources = [];
    private readonly HashSet<SubtaskId> _finishedSubtasks = [];
    private JobStatusMachine _status = new();
    private JobDeployer? _deployer;
    private IRestartStrategy? _restarts;
    private CheckpointKind? _terminalKind;
    private IGrainTimer? _restartTimer;

    private JobId Job => new(this.GetPrimaryKeyString());

    private JobManagerState S => state.State;

    /// <summary>This activation's mark on the state it writes, so it knows its own lost writes (<see cref="FencedStateWrites"/>).</summary>
    private readonly Guid _writer = Guid.NewGuid();

    private ICheckpointCoordinatorGrain Coordinator => GrainFactory.GetGrain<ICheckpointCoordinatorGrain>(Job.Value);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Submission is { } submission)
        {
            _status = new JobStatusMachine(S.Status);
            _deployer = new JobDeployer(GrainFactory, Job, submission.Spec);
            _restarts = SpecSettings.Restarts(submission.Spec.RestartStrategy);
            if (!_status.IsTerminal)
            {
                this.RegisterGrainTimer(WatchCoordinatorAsync, new GrainTimerCreationOptions(WatchdogPeriod, WatchdogPeriod));
                this.RegisterGrainTimer(RecoverAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
            }
        }

        return Task.CompletedTask;
    }

    public async Task SubmitAsync(JobSubmission submission)
    {
        if (S.Submission is not null)
        {
            throw new InvalidOperationException($"Job {Job} was already submitted.");
        }

        S.Submission = submission;
        _deployer = new JobDeployer(GrainFactory, Job, submission.Spec);
        _restarts = SpecSettings.Restarts(submission.Spec.RestartStrategy);
        await state.WriteFencedAsync(_writer);
        await KeepAliveReminder.RegisterAsync(this, Job, logger);
        this.RegisterGrainTimer(WatchCoordinatorAsync, new GrainTimerCreationOptions(WatchdogPeriod, WatchdogPeriod));
        await RunAttemptAsync(Attempt.First, submission.RestoreFromJob, submission.RestoreFrom);
    }

    public async Task<JobView?> GetAsync()
    {
        if (S.Submission is not { } submission)
        {
            return null;
        }

        var operators = _status.IsTerminal ? S.FinalMetrics : await _deployer!.MetricsAsync();
        return new JobView(Job, submission.Spec.Name, _status.Status, S.Attempt, S.Restarts, S.FailureCause, operators, submission.Spec);
    }

    public async Task<bool> CancelAsync()
    {
        if (_status.IsTerminal || _deployer is null)
        {
            return false;
        }

        await MoveToAsync(JobStatus.Canceling);
        await StopAttemptAsync(CheckpointFailureReason.Shutdown);
        await MoveToAsync(JobStatus.Canceled);
        return true;
    }

    public async Task<SavepointTriggerResult> TriggerSavepointAsync(string? triggerId, bool stop)
    {
        if (triggerId is not null && S.Savepoints.FindByTrigger(triggerId) is { } known)
        {
            return new SavepointTriggerResult(SavepointTriggerOutcome.Repeated, known, _status.Status);
        }

        if (_status.Status != JobStatus.Running || S.Savepoints.HasRunning)
        {
            var outcome = S.Savepoints.HasRunning ? SavepointTriggerOutcome.InProgress : SavepointTriggerOutcome.NotRunning;
            return new SavepointTriggerResult(outcome, null, _status.Status);
        }

        var savepoint = SavepointId.New();
        var triggered = await Coordinator.TriggerAsync(stop ? CheckpointKind.SavepointThenStop : CheckpointKind.Savepoint, savepoint);
        var request = triggered.Checkpoint is { } checkpoint
            ? S.Savepoints.Start(triggerId, savepoint, checkpoint)
            : S.Savepoints.Refused(triggerId, triggered.Reason ?? CheckpointFailureReason.Declined);
        await state.WriteFencedAsync(_writer);
        return new SavepointTriggerResult(SavepointTriggerOutcome.Started, request, _status.Status);
    }

    public Task<SavepointRequestView?> GetSavepointRequestAsync(SavepointRequestId request) => Task.FromResult(S.Savepoints.Find(request));

    public async Task<CheckpointTriggerResult?> TriggerCheckpointAsync() =>
        _status.Status == JobStatus.Running ? await Coordinator.TriggerAsync(CheckpointKind.Checkpoint, null) : null;

    public async Task ReportSavepointOutcomeAsync(CheckpointId checkpoint, string? failure)
    {
        S.Savepoints.Resolve(checkpoint, failure);
        await state.WriteFencedAsync(_writer);
    }

    public async Task ReportFailureAsync(Attempt attempt, SubtaskId? subtask, string cause)
    {
        if (attempt != S.Attempt || _status.Status != JobStatus.Running)
        {
            return;
        }

        logger.LogJobAttemptFailed(Job, attempt, cause);
        S.FailureCause = cause;
        var decision = _restarts!.OnFailure(time.GetUtcNow());
        if (decision.Outcome == RestartOutcome.Restart)
        {
            // The restart is scheduled before anything touches storage or other grains: when storage is down (often the
            // cause of the failure), a write that throws must not leave the job between attempts with nobody to restart
            // it; the restart retries its own steps until they succeed.
            ScheduleRestart(decision.Delay);
            try
            {
                await MoveToAsync(JobStatus.Restarting);
            }
            finally
            {
                await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
            }
        }
        else
        {
            S.FailureCause = $"{cause} (not restarted: {decision.Reason})";
            await MoveToAsync(JobStatus.Failing);
            await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
            await MoveToAsync(JobStatus.Failed);
        }
    }

    public async Task ReportSourceExhaustedAsync(Attempt attempt, SubtaskId subtask)
    {
        if (attempt == S.Attempt && _status.Status == JobStatus.Running && _exhaustedSources.Add(subtask)
            && _exhaustedSources.Count == _deployer!.Plan.SourceSubtasks.Count)
        {
            await Coordinator.TriggerAsync(CheckpointKind.Final, null);
        }
    }

    public Task ReportTerminalCheckpointAsync(Attempt attempt, CheckpointId checkpoint, CheckpointKind kind)
    {
        _terminalKind = attempt == S.Attempt ? kind : _terminalKind;
        return CompleteIfAllFinishedAsync();
    }

    public Task ReportSubtaskFinishedAsync(Attempt attempt, SubtaskId subtask, CheckpointId terminalCheckpoint)
    {
        if (attempt == S.Attempt)
        {
            _finishedSubtasks.Add(subtask);
        }

        return CompleteIfAllFinishedAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;

    private async Task CompleteIfAllFinishedAsync()
    {
        if (_status.Status != JobStatus.Running || _terminalKind is not { } kind || _finishedSubtasks.Count < _deployer!.Plan.Subtasks.Count)
        {
            return;
        }

        S.FinalMetrics = [.. await _deployer.MetricsAsync()];
        await Coordinator.SuspendAsync(S.Attempt, CheckpointFailureReason.Shutdown);
        await MoveToAsync(kind == CheckpointKind.Final ? JobStatus.Finished : JobStatus.Stopped);
        await KeepAliveReminder.UnregisterAsync(this, Job, logger);
        logger.LogJobEnded(Job, _status.Status);
    }

    /// <summary>This activation found a job in storage that was not terminal: its previous activation was lost.</summary>
    private async Task RecoverAsync(CancellationToken cancellation)
    {
        try
        {
            await RecoverOnceAsync(cancellation);
        }
        catch (Exception e) when (!_status.IsTerminal)
        {
            logger.LogJobStepFailed(e, Job, "recovery", StepRetryDelay);
            this.RegisterGrainTimer(RecoverAsync, new GrainTimerCreationOptions(StepRetryDelay, Timeout.InfiniteTimeSpan));
        }
    }

    private async Task RecoverOnceAsync(CancellationToken cancellation)
    {
        logger.LogJobRecovering(Job, S.Status, S.Attempt);
        switch (_status.Status)
        {
            case JobStatus.Canceling:
                await StopAttemptAsync(CheckpointFailureReason.Shutdown);
                await MoveToAsync(JobStatus.Canceled);
                break;
            case JobStatus.Failing:
                await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
                await MoveToAsync(JobStatus.Failed);
                break;
            default:
                if (_status.Status == JobStatus.Created)
                {
                    await MoveToAsync(JobStatus.Running);
                }

                if (_status.Status != JobStatus.Restarting)
                {
                    await MoveToAsync(JobStatus.Restarting);
                }

                await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
                await RestartAsync(cancellation);
                break;
        }
    }

    /// <summary>A coordinator that no longer coordinates the running attempt was lost with its silo: restart.</summary>
    private async Task WatchCoordinatorAsync(CancellationToken cancellation)
    {
        if (_status.Status == JobStatus.Running && !await Coordinator.IsCoordinatingAsync(S.Attempt))
        {
            await ReportFailureAsync(S.Attempt, null, "The checkpoint coordinator was lost with its silo.");
        }
    }

    private async Task RestartAsync(CancellationToken cancellation)
    {
        _restartTimer?.Dispose();
        _restartTimer = null;
        if (_status.Status != JobStatus.Restarting)
        {
            return;
        }

        try
        {
            var latest = await Coordinator.GetLatestCompletedAsync();
            var submission = S.Submission!;
            var restoreJob = latest is null ? submission.RestoreFromJob : LatestOwner(latest);
            S.Restarts++;
            await RunAttemptAsync(S.Attempt.Next(), restoreJob, latest ?? submission.RestoreFrom);
        }
        catch (Exception e) when (_status.Status == JobStatus.Restarting)
        {
            logger.LogJobStepFailed(e, Job, "restart", StepRetryDelay);
            ScheduleRestart(StepRetryDelay);
        }
    }

    private void ScheduleRestart(TimeSpan delay)
    {
        _restartTimer?.Dispose();
        _restartTimer = this.RegisterGrainTimer(RestartAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>The job whose storage holds <paramref name="latest"/>: this job's, unless it is the savepoint it started from.</summary>
    private JobId LatestOwner(CompletedCheckpoint latest) =>
        S.Submission!.RestoreFrom is { } initial && initial.Id == latest.Id && initial.CompletedAt == latest.CompletedAt
            ? S.Submission.RestoreFromJob ?? Job
            : Job;

    private async Task RunAttemptAsync(Attempt attempt, JobId? restoreJob, CompletedCheckpoint? restoreFrom)
    {
        S.Attempt = attempt;
        await state.WriteFencedAsync(_writer);
        _exhaustedSources.Clear();
        _finishedSubtasks.Clear();
        _terminalKind = null;
        var spec = S.Submission!.Spec;
        try
        {
            await _deployer!.DeployAsync(attempt, restoreJob, restoreFrom);
            await Coordinator.StartAsync(new CoordinatorStart(attempt, SpecSettings.Checkpoints(spec.Checkpointing),
                _deployer.Plan.SourceSubtasks, _deployer.Plan.Subtasks, JobSpecHash.Compute(spec), restoreFrom, restoreJob), spec);
            await MoveToAsync(JobStatus.Running);
            await _deployer.StartSourcesAsync(attempt);
            logger.LogJobAttemptRunning(Job, attempt, restoreFrom?.Id);
        }
        catch (Exception e)
        {
            if (_status.CanMoveTo(JobStatus.Running))
            {
                await MoveToAsync(JobStatus.Running);
            }

            await ReportFailureAsync(attempt, null, $"Deploying attempt {attempt} failed: {Flatten(e)}");
        }
    }

    private async Task StopAttemptAsync(CheckpointFailureReason reason)
    {
        try
        {
            S.FinalMetrics = [.. await _deployer!.MetricsAsync()];
        }
        catch (Exception e)
        {
            // Metrics are for display; a subtask unreachable while its silo is replaced must not stop the stop.
            logger.LogJobMetricsUnavailable(e, Job);
        }

        await Coordinator.SuspendAsync(S.Attempt, reason);
        await _deployer!.CancelAsync(S.Attempt);
        if (_status.IsTerminal)
        {
            await KeepAliveReminder.UnregisterAsync(this, Job, logger);
        }
    }

    private async Task MoveToAsync(JobStatus next)
    {
        _status.MoveTo(next);
        S.Status = next;
        await state.WriteFencedAsync(_writer);
    }

    private static string Flatten(Exception e) => e is AggregateException { InnerException: { } inner } ? Flatten(inner) : $"{e.GetType().Name}: {e.Message}";
}
