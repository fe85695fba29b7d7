using GrainFlow.Model;

namespace GrainFlow.Runtime.Channels;

/// <summary>
/// The sending end of one channel, with credit-based flow control as in Flink's network stack: the receiver grants
/// credits as it consumes batches, and a batch is only queued for sending while a credit is left. A fast sender
/// therefore slows down to the receiver's pace; it never overflows the stream queue and never drops a batch. Barriers
/// and end-of-input take no credit, so a checkpoint is never stuck behind back-pressure bookkeeping, only behind the
/// records ahead of it.
/// </summary>
/// <remarks>
/// Sending is pipelined, as Flink's output buffers are: the task only waits for a credit, and a per-channel pump
/// publishes the queued elements one at a time, each awaited before the next (the order both transports keep for
/// one awaiting sender). The task goes on computing while a publish is in flight, and the channels of one
/// task publish side by side instead of one after another. A publish that fails is reported through
/// <see cref="PublishFailed"/>: every later element of the channel would be behind a gap, so the attempt must end.
/// </remarks>
public sealed class OutputChannel
{
    private readonly Func<ChannelMessage, Task> _send;
    private readonly Attempt _attempt;
    private readonly Queue<ChannelMessage> _outbox = new();
    private long _nextSequence;
    private int _credits;
    private bool _pumping;
    private bool _abandoned;
    private TaskCompletionSource? _creditWaiter;

    /// <param name="target">The downstream subtask.</param>
    /// <param name="channelAtTarget">This channel's index among the target's inputs.</param>
    /// <param name="send">Hands one element to the <see cref="ChannelTransport"/>; completes once it is accepted.</param>
    /// <param name="attempt">The job attempt stamped on every element, so stale ones are fenced off.</param>
    /// <param name="initialCredits">Batches that may be in flight before the receiver's first grant.</param>
    public OutputChannel(SubtaskId target, int channelAtTarget, Func<ChannelMessage, Task> send, Attempt attempt, int initialCredits)
    {
        Target = target;
        ChannelAtTarget = channelAtTarget;
        _send = send;
        _attempt = attempt;
        _credits = initialCredits;
    }

    /// <summary>Raised (on the owning grain's scheduler) when publishing an element failed; the channel stops sending.</summary>
    public event Action<OutputChannel, Exception>? PublishFailed;

    public SubtaskId Target { get; }

    /// <summary>This channel's index in the target's input list; stamped on every message.</summary>
    public int ChannelAtTarget { get; }

    public int Credits => _credits;

    public async ValueTask SendAsync(RecordBatch batch, CancellationToken cancellation)
    {
        while (_credits == 0)
        {
            _creditWaiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _creditWaiter.Task.WaitAsync(cancellation);
        }

        _credits--;
        Enqueue(ElementKind.Records, batch, null);
    }

    public void SendBarrier(CheckpointBarrier barrier) => Enqueue(ElementKind.Barrier, null, barrier);

    public void SendEndOfInput() => Enqueue(ElementKind.EndOfInput, null, null);

    /// <summary>Adds credits granted by the receiver and wakes a sender waiting for them.</summary>
    public void Grant(int credits)
    {
        _credits += credits;
        var waiter = _creditWaiter;
        _creditWaiter = null;
        waiter?.TrySetResult();
    }

    /// <summary>Stops sending when the attempt is torn down: drops what is queued and wakes a waiting sender.</summary>
    public void Abandon()
    {
        _abandoned = true;
        _outbox.Clear();
        _creditWaiter?.TrySetCanceled();
    }

    private void Enqueue(ElementKind kind, RecordBatch? batch, CheckpointBarrier? barrier)
    {
        if (_abandoned)
        {
            return;
        }

        _outbox.Enqueue(new ChannelMessage(ChannelAtTarget, _attempt, _nextSequence++, kind, batch, barrier));
        if (!_pumping)
        {
            _pumping = true;
            _ = PumpAsync();
        }
    }

    private async Task PumpAsync()
    {
        try
        {
            while (!_abandoned && _outbox.TryDequeue(out var message))
            {
                await _send(message);
            }
        }
        catch (Exception e)
        {
            _abandoned = true;
            _outbox.Clear();
            PublishFailed?.Invoke(this, e);
        }
        finally
        {
            _pumping = false;
        }
    }
}
