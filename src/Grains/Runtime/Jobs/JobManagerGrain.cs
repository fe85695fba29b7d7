using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Lifecycle;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// Runs one job through its lifecycle (design section 7): deploys an attempt, and on any failure of the current
/// attempt cancels it, asks the restart strategy, and deploys the next attempt from the latest completed checkpoint
/// (or the savepoint the job started from). Reports of older attempts are ignored: that is the fence against zombies.
/// Status moves only through <see cref="JobStatusMachine"/>, whose table declares every legal transition.
/// </summary>
[GrainType("grainflow.jobmanager")]
public sealed class JobManagerGrain(TimeProvider time, ILogger<JobManagerGrain> logger) : Grain, IJobManagerGrain
{
    private readonly JobStatusMachine _status = new();
    private readonly HashSet<SubtaskId> _exhaustedSources = [];
    private readonly HashSet<SubtaskId> _finishedSubtasks = [];
    private readonly SavepointRequestBook _savepoints = new();
    private JobSubmission? _submission;
    private JobDeployer? _deployer;
    private IRestartStrategy? _restarts;
    private Attempt _attempt;
    private int _restartCount;
    private string? _failureCause;
    private CheckpointKind? _terminalKind;
    private IGrainTimer? _restartTimer;
    private IReadOnlyList<OperatorView> _finalMetrics = [];

    private JobId Job => new(this.GetPrimaryKeyString());

    private ICheckpointCoordinatorGrain Coordinator => GrainFactory.GetGrain<ICheckpointCoordinatorGrain>(Job.Value);

    public async Task SubmitAsync(JobSubmission submission)
    {
        if (_submission is not null)
        {
            throw new InvalidOperationException($"Job {Job} was already submitted.");
        }

        _submission = submission;
        _deployer = new JobDeployer(GrainFactory, Job, submission.Spec);
        _restarts = SpecSettings.Restarts(submission.Spec.RestartStrategy);
        await RunAttemptAsync(Attempt.First, submission.RestoreFromJob, submission.RestoreFrom);
    }

    public async Task<JobView?> GetAsync()
    {
        if (_submission is null)
        {
            return null;
        }

        var operators = _status.IsTerminal ? _finalMetrics : await _deployer!.MetricsAsync();
        return new JobView(Job, _submission.Spec.Name, _status.Status, _attempt, _restartCount, _failureCause, operators, _submission.Spec);
    }

    public async Task<bool> CancelAsync()
    {
        if (_status.IsTerminal || _deployer is null)
        {
            return false;
        }

        _status.MoveTo(JobStatus.Canceling);
        await StopAttemptAsync(CheckpointFailureReason.Shutdown);
        _status.MoveTo(JobStatus.Canceled);
        return true;
    }

    public async Task<SavepointTriggerResult> TriggerSavepointAsync(string? triggerId, bool stop)
    {
        if (triggerId is not null && _savepoints.FindByTrigger(triggerId) is { } known)
        {
            return new SavepointTriggerResult(SavepointTriggerOutcome.Repeated, known, _status.Status);
        }

        if (_status.Status != JobStatus.Running)
        {
            return new SavepointTriggerResult(SavepointTriggerOutcome.NotRunning, null, _status.Status);
        }

        if (_savepoints.HasRunning)
        {
            return new SavepointTriggerResult(SavepointTriggerOutcome.InProgress, null, _status.Status);
        }

        var savepoint = SavepointId.New();
        var triggered = await Coordinator.TriggerAsync(stop ? CheckpointKind.SavepointThenStop : CheckpointKind.Savepoint, savepoint);
        var request = triggered.Checkpoint is { } checkpoint
            ? _savepoints.Start(triggerId, savepoint, checkpoint)
            : _savepoints.Refused(triggerId, triggered.Reason ?? CheckpointFailureReason.Declined);
        return new SavepointTriggerResult(SavepointTriggerOutcome.Started, request, _status.Status);
    }

    public Task<SavepointRequestView?> GetSavepointRequestAsync(SavepointRequestId request) => Task.FromResult(_savepoints.Find(request));

    public async Task<CheckpointTriggerResult?> TriggerCheckpointAsync() =>
        _status.Status == JobStatus.Running ? await Coordinator.TriggerAsync(CheckpointKind.Checkpoint, null) : null;

    public Task ReportSavepointOutcomeAsync(CheckpointId checkpoint, string? failure)
    {
        _savepoints.Resolve(checkpoint, failure);
        return Task.CompletedTask;
    }

    public async Task ReportFailureAsync(Attempt attempt, SubtaskId? subtask, string cause)
    {
        if (attempt != _attempt || _status.Status != JobStatus.Running)
        {
            return;
        }

        logger.LogJobAttemptFailed(Job, attempt, cause);
        _failureCause = cause;
        var decision = _restarts!.OnFailure(time.GetUtcNow());
        if (decision.Outcome == RestartOutcome.Restart)
        {
            _status.MoveTo(JobStatus.Restarting);
            await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
            _restartTimer?.Dispose();
            _restartTimer = this.RegisterGrainTimer(RestartAsync, new GrainTimerCreationOptions(decision.Delay, Timeout.InfiniteTimeSpan));
        }
        else
        {
            _status.MoveTo(JobStatus.Failing);
            _failureCause = $"{cause} (not restarted: {decision.Reason})";
            await StopAttemptAsync(CheckpointFailureReason.JobRestarting);
            _status.MoveTo(JobStatus.Failed);
        }
    }

    public async Task ReportSourceExhaustedAsync(Attempt attempt, SubtaskId subtask)
    {
        if (attempt != _attempt || _status.Status != JobStatus.Running || !_exhaustedSources.Add(subtask)
            || _exhaustedSources.Count < _deployer!.Plan.SourceSubtasks.Count)
        {
            return;
        }

        await Coordinator.TriggerAsync(CheckpointKind.Final, null);
    }

    public Task ReportTerminalCheckpointAsync(Attempt attempt, CheckpointId checkpoint, CheckpointKind kind)
    {
        if (attempt == _attempt)
        {
            _terminalKind = kind;
        }

        return CompleteIfAllFinishedAsync();
    }

    public Task ReportSubtaskFinishedAsync(Attempt attempt, SubtaskId subtask, CheckpointId terminalCheckpoint)
    {
        if (attempt == _attempt)
        {
            _finishedSubtasks.Add(subtask);
        }

        return CompleteIfAllFinishedAsync();
    }

    private async Task CompleteIfAllFinishedAsync()
    {
        if (_status.Status != JobStatus.Running || _terminalKind is not { } kind
            || _finishedSubtasks.Count < _deployer!.Plan.Subtasks.Count)
        {
            return;
        }

        _finalMetrics = await _deployer.MetricsAsync();
        await Coordinator.SuspendAsync(_attempt, CheckpointFailureReason.Shutdown);
        _status.MoveTo(kind == CheckpointKind.Final ? JobStatus.Finished : JobStatus.Stopped);
        logger.LogJobEnded(Job, _status.Status);
    }

    private async Task RestartAsync(CancellationToken cancellation)
    {
        _restartTimer?.Dispose();
        _restartTimer = null;
        if (_status.Status != JobStatus.Restarting)
        {
            return;
        }

        _restartCount++;
        var latest = await Coordinator.GetLatestCompletedAsync();
        var restoreJob = latest is null ? _submission!.RestoreFromJob : LatestOwner(latest);
        await RunAttemptAsync(_attempt.Next(), restoreJob, latest ?? _submission!.RestoreFrom);
    }

    /// <summary>The job whose storage holds <paramref name="latest"/>: this job's, unless it is the savepoint it started from.</summary>
    private JobId LatestOwner(CompletedCheckpoint latest) =>
        _submission!.RestoreFrom is { } initial && initial.Id == latest.Id && initial.CompletedAt == latest.CompletedAt
            ? _submission.RestoreFromJob ?? Job
            : Job;

    private async Task RunAttemptAsync(Attempt attempt, JobId? restoreJob, CompletedCheckpoint? restoreFrom)
    {
        _attempt = attempt;
        _exhaustedSources.Clear();
        _finishedSubtasks.Clear();
        _terminalKind = null;
        var spec = _submission!.Spec;
        try
        {
            await _deployer!.DeployAsync(attempt, restoreJob, restoreFrom);
            await Coordinator.StartAsync(new CoordinatorStart(attempt, SpecSettings.Checkpoints(spec.Checkpointing),
                _deployer.Plan.SourceSubtasks, _deployer.Plan.Subtasks, JobSpecHash.Compute(spec), restoreFrom, restoreJob), spec);
            _status.MoveTo(JobStatus.Running);
            await _deployer.StartSourcesAsync(attempt);
            logger.LogJobAttemptRunning(Job, attempt, restoreFrom?.Id);
        }
        catch (Exception e)
        {
            if (_status.CanMoveTo(JobStatus.Running))
            {
                _status.MoveTo(JobStatus.Running);
            }

            await ReportFailureAsync(attempt, null, $"Deploying attempt {attempt} failed: {Flatten(e)}");
        }
    }

    private async Task StopAttemptAsync(CheckpointFailureReason reason)
    {
        _finalMetrics = await _deployer!.MetricsAsync();
        await Coordinator.SuspendAsync(_attempt, reason);
        await _deployer!.CancelAsync(_attempt);
    }

    private static string Flatten(Exception e) => e is AggregateException { InnerException: { } inner } ? Flatten(inner) : $"{e.GetType().Name}: {e.Message}";
}
