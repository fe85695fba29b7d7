using GrainFlow.Model;
using Orleans.Streams;

namespace GrainFlow.Runtime.Channels;

/// <summary>
/// The sending end of one channel, with credit-based flow control as in Flink's network stack: the receiver grants
/// credits as it consumes batches, and a batch is only published while a credit is left. A fast sender therefore
/// slows down to the receiver's pace; it never overflows the stream queue and never drops a batch. Barriers and
/// end-of-input take no credit, so a checkpoint is never stuck behind back-pressure bookkeeping, only behind the
/// records ahead of it.
/// </summary>
public sealed class OutputChannel
{
    private readonly IAsyncStream<ChannelMessage> _stream;
    private readonly Attempt _attempt;
    private long _nextSequence;
    private int _credits;
    private TaskCompletionSource? _creditWaiter;

    public OutputChannel(SubtaskId target, int channelAtTarget, IAsyncStream<ChannelMessage> stream, Attempt attempt, int initialCredits)
    {
        Target = target;
        ChannelAtTarget = channelAtTarget;
        _stream = stream;
        _attempt = attempt;
        _credits = initialCredits;
    }

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
        await PublishAsync(ElementKind.Records, batch, null);
    }

    public Task SendBarrierAsync(CheckpointBarrier barrier) => PublishAsync(ElementKind.Barrier, null, barrier);

    public Task SendEndOfInputAsync() => PublishAsync(ElementKind.EndOfInput, null, null);

    /// <summary>Adds credits granted by the receiver and wakes a sender waiting for them.</summary>
    public void Grant(int credits)
    {
        _credits += credits;
        var waiter = _creditWaiter;
        _creditWaiter = null;
        waiter?.TrySetResult();
    }

    /// <summary>Wakes a waiting sender so it can observe cancellation when the attempt is torn down.</summary>
    public void Abandon() => _creditWaiter?.TrySetCanceled();

    private Task PublishAsync(ElementKind kind, RecordBatch? batch, CheckpointBarrier? barrier) =>
        _stream.OnNextAsync(new ChannelMessage(ChannelAtTarget, _attempt, _nextSequence++, kind, batch, barrier));
}
