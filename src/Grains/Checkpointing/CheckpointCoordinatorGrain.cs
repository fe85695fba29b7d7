using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Channels;
using GrainFlow.Runtime.Jobs;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace GrainFlow.Checkpointing;

/// <summary>
/// Carries out the checkpoint protocol for one job (design section 4). The decisions (may a checkpoint start, is
/// it complete, what it subsumes, when it expires, what retention drops, when failures fail the job) are made by the
/// pure classes of <c>Checkpointing.Protocol</c>; this grain feeds them facts, then does what they decide: sends
/// triggers and notifications, commits metadata through the <see cref="CheckpointCommitter"/>, and reports to the
/// job manager. A savepoint is a checkpoint of another kind: same barriers, same acknowledgements, another target.
/// Deletes go to the <see cref="CheckpointCleaner"/> and are never awaited here, and the writes that are awaited end at
/// their checkpoint's deadline (<see cref="StorageDeadline"/>), so a slow or absent store shows up as failed
/// checkpoints rather than as a coordinator that stops ticking.
/// </summary>
[GrainType("grainflow.coordinator")]
public sealed class CheckpointCoordinatorGrain(
    CheckpointCommitter committer,
    CheckpointCleaner cleaner,
    CheckpointAnnouncer announcer,
    TimeProvider time,
    ILogger<CheckpointCoordinatorGrain> logger,
    [PersistentState("coordinator", GrainFlowStorage.ProviderName)] IPersistentState<CoordinatorState> state,
    [PersistentState("checkpoint-counter", GrainFlowStorage.ProviderName)] IPersistentState<CheckpointIdCounter> counter)
    : Grain, ICheckpointCoordinatorGrain
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    private CheckpointStatsTracker _stats = new();
    private CoordinatorStart? _run;
    private JobSpec? _spec;
    private PendingCheckpointSet? _pending;
    private CompletedCheckpointStore? _completed;
    private CheckpointFailureManager? _failures;
    private CheckpointRequestDecider? _decider;
    private DateTimeOffset? _lastCompletedAt;
    private DateTimeOffset _nextPeriodicAt;
    private IGrainTimer? _timer;
    private CompletedCheckpoint? _foreign;
    private CoordinatorRecord? _record;
    private SavepointPublisher? _savepoints;

    /// <summary>A checkpoint that ends the job completed in this run: nothing may start until the job manager ends it.</summary>
    private bool _ended;

    /// <summary>The sources ran dry while checkpoints were in flight: the final checkpoint starts once they are done.</summary>
    private bool _finalRequested;

    private JobId Job => new(this.GetPrimaryKeyString());

    private CoordinatorRecord Record => _record ??= new CoordinatorRecord(Job, state, counter, cleaner, time, logger);

    private SavepointPublisher Savepoints => _savepoints ??= new SavepointPublisher(GrainFactory, Job);

    private IJobManagerGrain JobManager => GrainFactory.GetGrain<IJobManagerGrain>(Job.Value);

    /// <summary>A checkpoint another job took (this job started from it): never this job's to delete.</summary>
    private bool IsForeign(CompletedCheckpoint checkpoint) =>
        _foreign is { } foreign && foreign.Id == checkpoint.Id && foreign.CompletedAt == checkpoint.CompletedAt;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Record.Stored.Stats is { } stats)
        {
            _stats = CheckpointStatsTracker.FromSnapshot(stats);
        }

        _foreign = Record.Stored.Foreign;
        logger.LogCoordinatorActivated(Job, RuntimeIdentity);
        return Task.CompletedTask;
    }

    public Task<bool> IsCoordinatingAsync(Attempt attempt) => Task.FromResult(_run?.Attempt == attempt);

    public async Task StartAsync(CoordinatorStart start, JobSpec spec)
    {
        if (_run is { } current && start.Attempt < current.Attempt)
        {
            return;
        }

        AbortAll(CheckpointFailureReason.JobRestarting);
        var settings = start.Settings;
        _run = start;
        _spec = spec;
        var lastIssued = new[] { Record.LastIssued, start.RestoredFrom?.Id ?? CheckpointId.None }.Max();
        _pending = new PendingCheckpointSet(settings.Timeout, lastIssued);
        _completed ??= new CompletedCheckpointStore(settings.Retained,
            Record.Stored.Completed.Count > 0 ? Record.Stored.Completed : start.RestoredFrom is { } r ? [r] : null);
        _failures = new CheckpointFailureManager(settings.TolerableFailures);
        _decider = new CheckpointRequestDecider(settings);
        _ended = false;
        _finalRequested = false;
        if (start.RestoredFrom is { } restored)
        {
            if (start.RestoredFromJob is { } origin && origin != Job)
            {
                _foreign ??= restored;
            }

            _stats.ReportRestored(restored.Id, restored.Kind, time.GetUtcNow());
        }

        _nextPeriodicAt = time.GetUtcNow() + settings.Interval;
        _timer ??= this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(Tick, Tick));
        await PersistAsync();
    }

    public async Task SuspendAsync(Attempt attempt, CheckpointFailureReason reason)
    {
        if (_run is { } run && attempt >= run.Attempt)
        {
            AbortAll(reason);
            _run = null;
            await PersistAsync();
        }
    }

    public async Task<CheckpointTriggerResult> TriggerAsync(CheckpointKind kind, SavepointId? savepoint)
    {
        if (_run is null)
        {
            return new CheckpointTriggerResult(TriggerOutcome.Refuse, null, CheckpointFailureReason.NotAllSourcesRunning);
        }

        var decision = Decide(CheckpointRequest.Of(kind));
        _finalRequested |= kind == CheckpointKind.Final && decision.Outcome == TriggerOutcome.Postpone;
        if (decision.Outcome != TriggerOutcome.Trigger)
        {
            return new CheckpointTriggerResult(decision.Outcome, null, decision.Reason);
        }

        return await StartCheckpointAsync(kind, savepoint) is { } id
            ? new CheckpointTriggerResult(TriggerOutcome.Trigger, id, null)
            : new CheckpointTriggerResult(TriggerOutcome.Refuse, null, CheckpointFailureReason.StorageFailure);
    }

    public async Task AcknowledgeAsync(SubtaskAcknowledgement acknowledgement)
    {
        if (_run is not { } run || acknowledgement.Attempt != run.Attempt)
        {
            return;
        }

        var outcome = _pending!.Acknowledge(acknowledgement);
        if (outcome.Result == AcknowledgeResult.Success)
        {
            _stats.ReportAcknowledged(acknowledgement);
        }

        if (outcome.ReadyToComplete is { } ready)
        {
            await CompleteAsync(run, ready);
        }
    }

    public Task DeclineAsync(Attempt attempt, CheckpointId checkpoint, SubtaskId subtask, CheckpointFailureReason reason, string cause)
    {
        if (_run is { } run && attempt == run.Attempt && _pending!.Abort(checkpoint, reason) is { } aborted)
        {
            logger.LogCheckpointDeclined(Job, checkpoint, subtask, cause);
            OnAborted(aborted);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The checkpoint to restore from. A fresh activation (the previous one was lost with its silo) has not been
    /// started yet, so it answers from its persisted store: answering null there would restart the job from empty state.
    /// </summary>
    public Task<CompletedCheckpoint?> GetLatestCompletedAsync() =>
        Task.FromResult(_completed?.Latest ?? Record.Stored.Completed.LastOrDefault()); // persisted in id order

    public Task<CheckpointStatsSnapshot> GetStatsAsync() => Task.FromResult(_stats.Snapshot());

    private TriggerDecision Decide(CheckpointRequest request) =>
        _decider!.Decide(request, new CheckpointTriggerFacts(
            _pending!.Count, _pending.HasPendingSavepoint, _ended || _finalRequested || _pending.HasPendingTerminal, _lastCompletedAt, time.GetUtcNow()));

    /// <summary>
    /// Starts a checkpoint, or counts it failed with <see cref="CheckpointFailureReason.StorageFailure"/> and returns
    /// null when its id cannot be stored: a barrier may only carry an id that no later activation can issue again.
    /// </summary>
    private async Task<CheckpointId?> StartCheckpointAsync(CheckpointKind kind, SavepointId? savepoint)
    {
        var run = _run!;
        var now = time.GetUtcNow();
        var pending = _pending!.Start(kind, run.Attempt, run.Subtasks, now);
        try
        {
            await Record.RecordIssuedAsync(pending.Id, now + run.Settings.Timeout);
        }
        catch (Exception exception) when (exception is not InconsistentStateException)
        {
            // Storage is failing. (A rival activation's write, by contrast, propagates: Orleans then deactivates this one.)
            logger.LogCheckpointIdNotStored(exception, Job, pending.Id);
            if (_run == run)
            {
                Abort(pending.Id, CheckpointFailureReason.StorageFailure);
            }

            return null;
        }

        Savepoints.Track(pending.Id, savepoint);
        _stats.ReportPending(pending);
        announcer.TriggerSources(run, new CheckpointBarrier(pending.Id, kind, savepoint, now));
        return pending.Id;
    }

    private async Task TickAsync(CancellationToken cancellation)
    {
        if (_run is not { } run)
        {
            return;
        }

        foreach (var expired in _pending!.ExpireDue(time.GetUtcNow()))
        {
            OnAborted(expired);
        }

        if (_finalRequested && Decide(CheckpointRequest.Of(CheckpointKind.Final)).Outcome == TriggerOutcome.Trigger)
        {
            _finalRequested = false;
            await StartCheckpointAsync(CheckpointKind.Final, null);
        }

        var now = time.GetUtcNow();
        if (run.Settings.IsPeriodic && now >= _nextPeriodicAt && _run == run)
        {
            var decision = Decide(CheckpointRequest.Periodic);
            if (decision.Outcome == TriggerOutcome.Trigger)
            {
                _nextPeriodicAt = now + run.Settings.Interval;
                await StartCheckpointAsync(CheckpointKind.Checkpoint, null);
            }
            else if (decision.RetryAfter is { } retry)
            {
                _nextPeriodicAt = now + retry;
            }
        }
    }

    private async Task CompleteAsync(CoordinatorStart run, PendingCheckpoint ready)
    {
        var savepoint = Savepoints.TargetOf(ready.Id);
        var deadline = ready.TriggeredAt + run.Settings.Timeout;
        var completed = ready.Describe(time.GetUtcNow());
        if (new SharedStateRegistry(_completed!.All).Missing(completed).Count > 0)
        {
            Abort(ready.Id, CheckpointFailureReason.SharedStateDiscarded); // only its own objects go
            return;
        }

        var commit = await committer.TryCommitAsync(Job, _spec!, run.SpecHash, savepoint, completed, deadline);
        if (_run != run || _pending!.Find(ready.Id) is null)
        {
            return; // The attempt moved on while the metadata was written; the restart aborted this checkpoint.
        }

        if (commit != MetadataCreation.Created)
        {
            // A commit of unknown outcome may still land and name these files (a savepoint's could then be restored
            // by id), so they stay; only a refused one, whose metadata names another attempt's, lets them go.
            Abort(ready.Id, CheckpointFailureReason.StorageFailure, discardFiles: commit == MetadataCreation.AlreadyExists);
            return;
        }

        // The persisted store is what a restart restores from, so it must hold this checkpoint before any sink hears
        // of it and commits: a silo dying in between would otherwise restore the previous checkpoint over output
        // already committed for this one, and duplicate it. The store and statistics with this checkpoint are
        // written first and adopted only once written, so a write that fails leaves the checkpoint merely failed.
        var (store, beyondRetention) = _completed!.With(completed);
        var stats = CheckpointStatsTracker.FromSnapshot(_stats.Snapshot());
        stats.ReportCompleted(completed);
        if (!await Record.TryWriteCompletionAsync(completed, store, _foreign, stats.Snapshot(), deadline))
        {
            Abort(ready.Id, CheckpointFailureReason.StorageFailure, discardFiles: false); // the record keeps its files
            return;
        }

        _completed = store;
        _stats = stats;
        var completion = _pending.Complete(ready.Id, completed.CompletedAt);
        _ended |= completed.Kind.EndsJob();
        _lastCompletedAt = completed.CompletedAt;
        _failures!.OnSuccess(completed.Id);
        foreach (var subsumed in completion.Subsumed)
        {
            OnAborted(subsumed);
        }

        logger.LogCheckpointCompleted(Job, completed.Id, completed.Kind, (long)completed.Duration.TotalMilliseconds, completed.StateBytes,
            completed.CheckpointedBytes);
        announcer.Completed(run, completed.Id);
        cleaner.Discard(Job, beyondRetention.Where(c => !IsForeign(c)), store.All);

        await Savepoints.PublishAsync(completed, _spec!.Name);

        if (_ended)
        {
            JobManager.ReportTerminalCheckpointAsync(run.Attempt, completed.Id, completed.Kind).Ignore();
        }
    }

    private void Abort(CheckpointId checkpoint, CheckpointFailureReason reason, bool discardFiles = true)
    {
        if (_pending!.Abort(checkpoint, reason) is { } aborted)
        {
            OnAborted(aborted, discardFiles);
        }
    }

    private void OnAborted(AbortedCheckpoint aborted, bool discardFiles = true)
    {
        _stats.ReportFailed(aborted, time.GetUtcNow());
        logger.LogCheckpointAborted(Job, aborted.Id, aborted.Kind, aborted.Reason);
        announcer.Aborted(_run?.Subtasks ?? [], aborted.Attempt, aborted.Id);
        if (discardFiles)
        {
            cleaner.DiscardHandles(aborted.Id, aborted.Acknowledgements);
        }

        Savepoints.OnAborted(aborted);
        if (_run is not { } run || aborted.Attempt != run.Attempt)
        {
            return;
        }

        if (_failures!.OnFailure(aborted) is { Verdict: CheckpointFailureVerdict.FailJob } decision)
        {
            JobManager.ReportFailureAsync(run.Attempt, null,
                $"Exceeded the tolerable checkpoint failures ({run.Settings.TolerableFailures}); the last failed with {decision.Reason}.").Ignore();
        }
        else if (aborted.Kind == CheckpointKind.Final)
        {
            _finalRequested = true; // the next tick starts it again, so a store that is down cannot make this recurse
        }
    }

    private Task PersistAsync() => Record.WriteAsync(_completed, _foreign, _stats.Snapshot(), _run?.Attempt);

    private void AbortAll(CheckpointFailureReason reason)
    {
        foreach (var aborted in _pending?.AbortAll(reason) ?? [])
        {
            OnAborted(aborted);
        }
    }
}
