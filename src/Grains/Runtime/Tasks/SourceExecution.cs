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
    /// <summary>
    /// The shortest wait of a source with nothing due. Timers fire on a millisecond clock, so a shorter wait (a
    /// rate-limited source asks for microseconds, or for none when its next record is due this instant) would spin the
    /// poll loop and burn a core on polls of a record or two, each sent as a batch of its own.
    /// </summary>
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly Collector _output = new(new RecordBatchBuilder(parts.Services.Options.SourceBatchSize));
    private bool _started;
    private bool _exhausted;

    /// <summary>When the batch being filled got its first record (a <see cref="TimeProvider"/> timestamp).</summary>
    private long _bufferedSince;

    protected override async Task RunAsync(CancellationToken cancellation)
    {
        var source = (ISourceOperator)Parts.Operator;
        var options = Parts.Services.Options;
        var idleDelay = TimeSpan.Zero;
        while (!cancellation.IsCancellationRequested)
        {
            while (Mailbox.TryRead(out var input))
            {
                await HandleAsync(input, cancellation);
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

            var buffered = _output.Count;
            var poll = source.Poll(_output, options.SourceBatchSize - buffered);
            if (buffered == 0 && _output.Count > 0)
            {
                _bufferedSince = Parts.Services.Time.GetTimestamp();
            }

            if (poll.Status == SourceStatus.Exhausted)
            {
                await FlushAsync(cancellation);
                _exhausted = true;
                Parts.Router.BroadcastEndOfInput();
                JobManager.ReportSourceExhaustedAsync(Attempt, Subtask).Ignore();
                continue;
            }

            var held = _output.Count > 0 ? Parts.Services.Time.GetElapsedTime(_bufferedSince) : TimeSpan.Zero;
            if (_output.Count >= options.SourceBatchSize || (_output.Count > 0 && held >= options.BufferTimeout))
            {
                await FlushAsync(cancellation);
            }

            if (poll.Status == SourceStatus.Waiting)
            {
                // Nothing is due: wait for the source's next record or for the held batch's timeout, whichever is first.
                var wait = _output.Count > 0 && options.BufferTimeout - held < poll.Delay ? options.BufferTimeout - held : poll.Delay;
                idleDelay = wait < MinimumWait ? MinimumWait : wait;
            }
        }
    }

    /// <summary>Sends the batch the source has filled so far, if any.</summary>
    private ValueTask FlushAsync(CancellationToken cancellation) =>
        _output.Count == 0 ? ValueTask.CompletedTask : Parts.Router.EmitAsync(_output.TakeBatch(), cancellation);

    private async Task HandleAsync(TaskInput input, CancellationToken cancellation)
    {
        switch (input)
        {
            case TaskInput.Start:
                _started = true;
                break;
            case TaskInput.Trigger trigger:
                // The snapshot's offset covers the records held in the batch, so they go out ahead of the barrier.
                await FlushAsync(cancellation);
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
