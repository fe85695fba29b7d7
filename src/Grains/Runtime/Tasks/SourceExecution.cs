using GrainFlow.Model;
using GrainFlow.Operators.Api;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// Runs a source: between polls it takes barrier triggers from its mailbox, so every barrier lands at a batch
/// boundary, right after the records its recorded offset covers. When the bounded input is exhausted it ends its
/// outputs and tells the job manager, but keeps taking barriers so the final checkpoint can pass.
/// </summary>
public sealed class SourceExecution(ExecutionParts parts) : SubtaskExecution(parts)
{
    private readonly Collector _output = new(new RecordBatchBuilder(parts.Services.Options.SourceBatchSize));
    private bool _started;
    private bool _exhausted;

    protected override async Task RunAsync(CancellationToken cancellation)
    {
        var source = (ISourceOperator)Parts.Operator;
        var batchSize = Parts.Services.Options.SourceBatchSize;
        var idleDelay = TimeSpan.Zero;
        while (!cancellation.IsCancellationRequested)
        {
            while (Mailbox.TryRead(out var input))
            {
                await HandleAsync(input);
            }

            if (!_started || _exhausted || IsStopping || Phase != SubtaskPhase.Running)
            {
                await Mailbox.WaitToReadAsync(cancellation);
                continue;
            }

            if (idleDelay > TimeSpan.Zero)
            {
                await WaitForMailOrDelayAsync(idleDelay, cancellation);
                idleDelay = TimeSpan.Zero;
                continue;
            }

            var poll = source.Poll(_output, batchSize);
            var batch = _output.TakeBatch();
            await Parts.Router.EmitAsync(batch, cancellation);
            if (poll.Status == SourceStatus.Exhausted)
            {
                _exhausted = true;
                Parts.Router.BroadcastEndOfInput();
                JobManager.ReportSourceExhaustedAsync(Attempt, Subtask).Ignore();
            }
            else if (poll.Status == SourceStatus.Waiting)
            {
                idleDelay = poll.Delay;
            }
        }
    }

    private async Task HandleAsync(TaskInput input)
    {
        switch (input)
        {
            case TaskInput.Start:
                _started = true;
                break;
            case TaskInput.Trigger trigger:
                await TakeCheckpointAsync(trigger.Barrier, TimeSpan.Zero);
                break;
            case TaskInput.CheckpointComplete complete:
                OnCheckpointComplete(complete.Checkpoint);
                break;
            case TaskInput.CheckpointAborted aborted:
                OnCheckpointAborted(aborted.Checkpoint);
                break;
        }
    }

    private async Task WaitForMailOrDelayAsync(TimeSpan delay, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(delay);
        try
        {
            await Mailbox.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
        }
    }
}
