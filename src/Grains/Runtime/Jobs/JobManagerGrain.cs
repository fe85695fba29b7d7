using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
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
    private JobSubmission? _submission;
    private JobDeployer? _deployer;
    private IRestartStrategy? _restarts;
    private Attempt _attempt;
    private int _restartCount;
    private string? _failureCause;
    private CheckpointKind? _terminalKind;
    private IGrainTimer? _restartTimer;

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

    public async Task<JobView> GetAsync()
    {
        var operators = _deployer is null || _status.IsTerminal ? [] : await _deployer.MetricsAsync();
        return new JobView(Job, _submission?.Spec.Name ?? "", _status.Status, _attempt, _restartCount, _failureCause, operators, _submission?.Spec);
    }

    public async Task CancelAsync()
    {
        if (_status.IsTerminal || _deployer is null)
        {
            return;
        }

        _status.MoveTo(JobStatus.Canceling);
        await StopAttemptAsync(CheckpointFailureReason.Shutdown);
        _status.MoveTo(JobStatus.Canceled);
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
                _deployer.Plan.SourceSubtasks, _deployer.Plan.Subtasks, JobSpecHash.Compute(spec), restoreFrom), spec);
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
        await Coordinator.SuspendAsync(_attempt, reason);
        await _deployer!.CancelAsync(_attempt);
    }

    private static string Flatten(Exception e) => e is AggregateException { InnerException: { } inner } ? Flatten(inner) : $"{e.GetType().Name}: {e.Message}";
}
