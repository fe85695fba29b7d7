using System.Threading.Channels;
using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Runtime.Channels;
using GrainFlow.Runtime.Jobs;
using GrainFlow.State;
using GrainFlow.State.Keyed;
using GrainFlow.State.Operator;
using GrainFlow.State.Serialization;
using GrainFlow.Storage;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// One attempt of one subtask: its operator, state backends, outputs and mailbox loop. Everything that belongs to
/// an attempt lives here and is dropped with it, so a restart can never leak state from an older attempt. The
/// checkpoint path is shared by sources and operators: the synchronous part (operator hook plus copy-on-write
/// capture) runs in the loop, the barrier is forwarded at once, and serialisation and upload run in the background
/// before the acknowledgement goes to the coordinator.
/// </summary>
public abstract class SubtaskExecution
{
    private readonly Channel<TaskInput> _mailbox = Channel.CreateUnbounded<TaskInput>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _cancellation = new();
    private readonly ICheckpointCoordinatorGrain _coordinator;
    private readonly IJobManagerGrain _jobManager;
    private CheckpointId? _terminalCheckpoint;
    private Task _loop = Task.CompletedTask;

    /// <summary>The last keyed snapshot's size plus an eighth: the next one's buffer starts there rather than growing to it.</summary>
    private int _keyedBufferHint = 64 * 1024;

    /// <summary>Which keyed snapshots are increments and what each acknowledgement lists; used when the backend is incremental.</summary>
    private readonly IncrementalSnapshotPlanner _increments = new();

    protected SubtaskExecution(ExecutionParts parts)
    {
        Parts = parts;
        _coordinator = parts.Services.Grains.GetGrain<ICheckpointCoordinatorGrain>(parts.Subtask.Job.Value);
        _jobManager = parts.Services.Grains.GetGrain<IJobManagerGrain>(parts.Subtask.Job.Value);
        foreach (var channel in parts.Router.Channels)
        {
            channel.PublishFailed += (failed, e) => Fail(new IOException($"publishing to {failed.Target} failed: {e.Message}", e));
        }
    }

    public SubtaskId Subtask => Parts.Subtask;

    public Attempt Attempt => Parts.Attempt;

    public SubtaskPhase Phase { get; protected set; } = SubtaskPhase.Deployed;

    public long RecordsIn { get; protected set; }

    public long RecordsOut => Parts.Router.RecordsOut;

    protected ExecutionParts Parts { get; }

    protected CancellationToken Cancellation => _cancellation.Token;

    protected ChannelReader<TaskInput> Mailbox => _mailbox.Reader;

    protected IJobManagerGrain JobManager => _jobManager;

    /// <summary>Starts the mailbox loop; must be called from the grain's context so the loop runs on its scheduler.</summary>
    public void Start()
    {
        Phase = SubtaskPhase.Running;
        _loop = RunLoopAsync();
    }

    public void Post(TaskInput input) => _mailbox.Writer.TryWrite(input);

    public void GrantCredit(SubtaskId target, int channel, int credits) => Parts.Router.Grant(target, channel, credits);

    /// <summary>Stops the loop and closes the operator without committing anything pending.</summary>
    public async Task CancelAsync()
    {
        if (Phase is SubtaskPhase.Running or SubtaskPhase.Deployed)
        {
            Phase = SubtaskPhase.Canceled;
        }

        _cancellation.Cancel();
        Parts.Router.Abandon();
        _mailbox.Writer.TryComplete();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        CloseOperator();
    }

    protected abstract Task RunAsync(CancellationToken cancellation);

    /// <summary>Takes this subtask's part of checkpoint <paramref name="barrier"/> and forwards the barrier.</summary>
    protected async Task TakeCheckpointAsync(CheckpointBarrier barrier, TimeSpan alignment)
    {
        var time = Parts.Services.Time;
        var started = time.GetTimestamp();
        Parts.Operator.SnapshotState(barrier.Id);
        var keyedBase = Parts.KeyedState is { IsIncremental: true } ? _increments.BaseFor(barrier.Kind) : null;
        var keyed = Parts.KeyedState?.Snapshot(keyedBase?.Epoch);
        var operatorState = Parts.OperatorState.StateNames.Count > 0 ? Parts.OperatorState.Snapshot() : null;
        var syncDuration = time.GetElapsedTime(started);
        Parts.Router.BroadcastBarrier(barrier);
        if (barrier.Kind is CheckpointKind.Final or CheckpointKind.SavepointThenStop)
        {
            _terminalCheckpoint = barrier.Id;
        }

        _ = UploadAndAcknowledgeAsync(barrier, keyed, keyedBase, operatorState, syncDuration, alignment);
    }

    protected void Decline(CheckpointId checkpoint, CheckpointFailureReason reason, string cause) =>
        _coordinator.DeclineAsync(Attempt, checkpoint, Subtask, reason, cause).Ignore();

    /// <summary>Commits what the checkpoint covers; after a terminal checkpoint the subtask is done.</summary>
    protected void OnCheckpointComplete(CheckpointId checkpoint)
    {
        Parts.Operator.NotifyCheckpointComplete(checkpoint);
        if (_increments.Complete(checkpoint) is { } confirmed)
        {
            Parts.KeyedState?.OnSnapshotConfirmed(confirmed);
        }

        if (_terminalCheckpoint is { } terminal && checkpoint >= terminal && Phase == SubtaskPhase.Running)
        {
            Phase = SubtaskPhase.Finished;
            _cancellation.Cancel();
            _jobManager.ReportSubtaskFinishedAsync(Attempt, Subtask, terminal).Ignore();
        }
    }

    /// <summary>An abandoned stop-with-savepoint lets the job run on, as in Flink.</summary>
    protected virtual void OnCheckpointAborted(CheckpointId checkpoint)
    {
        Parts.Operator.NotifyCheckpointAborted(checkpoint);
        _increments.Abort(checkpoint);
        if (_terminalCheckpoint == checkpoint)
        {
            _terminalCheckpoint = null;
        }
    }

    protected bool IsStopping => _terminalCheckpoint is not null;

    private async Task RunLoopAsync()
    {
        try
        {
            await RunAsync(_cancellation.Token);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            Fail(e);
        }
    }

    /// <summary>Ends this attempt with <paramref name="cause"/>: the job manager restarts the job per its strategy.</summary>
    private void Fail(Exception cause)
    {
        if (Phase is SubtaskPhase.Failed or SubtaskPhase.Canceled || _cancellation.IsCancellationRequested)
        {
            return;
        }

        Phase = SubtaskPhase.Failed;
        Parts.Services.Logger.LogSubtaskFailed(cause, Subtask, Attempt);
        _jobManager.ReportFailureAsync(Attempt, Subtask, $"{Subtask}: {cause.GetType().Name}: {cause.Message}").Ignore();
        _cancellation.Cancel();
    }

    private async Task UploadAndAcknowledgeAsync(CheckpointBarrier barrier, KeyedStateSnapshot? keyed, KeyedStateChain? keyedBase,
        OperatorStateSnapshot? operatorState, TimeSpan syncDuration, TimeSpan alignment)
    {
        var time = Parts.Services.Time;
        var started = time.GetTimestamp();
        try
        {
            var target = barrier.Savepoint is { } savepoint
                ? SnapshotTarget.ForSavepoint(Subtask.Job, barrier.Id, savepoint, barrier.Kind)
                : SnapshotTarget.ForCheckpoint(Subtask.Job, barrier.Id, barrier.Kind);
            // Keyed state is encoded into a pooled buffer the store copies from: megabytes at every checkpoint would
            // otherwise be large-object garbage twice over.
            using var keyedBytes = keyed is null ? null : StateWriter.Rent(_keyedBufferHint);
            var operatorBytes = await Task.Run(() =>
            {
                keyed?.WriteTo(keyedBytes!);
                return operatorState?.Serialize();
            });
            if (keyedBytes is not null && !keyed!.IsIncrement)
            {
                _keyedBufferHint = Math.Max(64 * 1024, keyedBytes.Length + (keyedBytes.Length / 8));
            }

            var handles = new List<SnapshotHandle>(2);
            if (keyed is not null && keyedBytes is not null)
            {
                var written = await Parts.Services.Snapshots.WriteAsync(target, Subtask, SnapshotHandleKind.Keyed, keyed.KeyGroups, keyedBytes.Written, Cancellation);
                handles.AddRange(_increments.Written(barrier.Id, barrier.Kind, keyed.Epoch, keyedBase, written));
            }

            if (operatorBytes is not null)
            {
                handles.Add(await Parts.Services.Snapshots.WriteAsync(target, Subtask, SnapshotHandleKind.Operator, KeyGroupRange.Empty, operatorBytes, Cancellation));
            }

            _coordinator.AcknowledgeAsync(new SubtaskAcknowledgement(Subtask, Attempt, barrier.Id, handles,
                (long)syncDuration.TotalMilliseconds, (long)time.GetElapsedTime(started).TotalMilliseconds,
                (long)alignment.TotalMilliseconds)).Ignore();
        }
        catch (Exception e) when (!_cancellation.IsCancellationRequested)
        {
            Decline(barrier.Id, CheckpointFailureReason.StorageFailure, $"{Subtask}: {e.Message}");
        }
        catch (Exception)
        {
            // The attempt was canceled; its checkpoint is aborted by the restart anyway.
        }
        finally
        {
            keyed?.Release();
            operatorState?.Release();
        }
    }

    private void CloseOperator()
    {
        try
        {
            Parts.Operator.Close();
        }
        catch (Exception e)
        {
            Parts.Services.Logger.LogOperatorCloseFailed(e, Subtask);
        }
    }
}
