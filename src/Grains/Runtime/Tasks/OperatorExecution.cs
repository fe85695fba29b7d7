using GrainFlow.Checkpointing.Alignment;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Runtime.Channels;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// Runs an operator or sink over its input channels. Each element is checked for its channel's next sequence
/// number; barriers go to the <see cref="BarrierAligner"/>, whose actions the execution carries out: a blocked
/// channel's elements are held (they belong after the snapshot) and replayed in order on release. Credits go back
/// upstream only for batches actually consumed, so held batches keep their sender waiting instead of piling up.
/// </summary>
public sealed class OperatorExecution : SubtaskExecution
{
    private readonly BarrierAligner _aligner;
    private readonly long[] _expectedSequence;
    private readonly int[] _consumedSinceGrant;
    private readonly Queue<ChannelMessage>[] _held;
    private readonly Dictionary<CheckpointId, CheckpointBarrier> _barriers = [];
    private readonly Collector _output = new(new RecordBatchBuilder());

    /// <summary>
    /// Whether the last input batch gave exactly as many output records (a map, a keyed aggregate): then the next
    /// output is sized for its input batch. An operator that emits fewer or more keeps the last output's size, so a
    /// filter's columns are not sized for rows it drops and then trimmed.
    /// </summary>
    private bool _oneForOne = true;
    private int _endedChannels;

    public OperatorExecution(ExecutionParts parts)
        : base(parts)
    {
        var channels = parts.Inputs.Count;
        _aligner = new BarrierAligner(channels, parts.Mode, parts.Services.Time);
        _expectedSequence = new long[channels];
        _consumedSinceGrant = new int[channels];
        _held = Enumerable.Range(0, channels).Select(_ => new Queue<ChannelMessage>()).ToArray();
    }

    protected override async Task RunAsync(CancellationToken cancellation)
    {
        while (await Mailbox.WaitToReadAsync(cancellation))
        {
            while (Mailbox.TryRead(out var input))
            {
                switch (input)
                {
                    case TaskInput.Message message:
                        await ReceiveAsync(message.Element, cancellation);
                        break;
                    case TaskInput.CheckpointComplete complete:
                        foreach (var done in _barriers.Keys.Where(id => id <= complete.Checkpoint).ToList())
                        {
                            _barriers.Remove(done);
                        }

                        OnCheckpointComplete(complete.Checkpoint);
                        break;
                    case TaskInput.CheckpointAborted aborted:
                        OnCheckpointAborted(aborted.Checkpoint);
                        await ExecuteAsync(_aligner.OnCheckpointAborted(aborted.Checkpoint), cancellation);
                        break;
                }

                if (cancellation.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private async Task ReceiveAsync(ChannelMessage message, CancellationToken cancellation)
    {
        var channel = message.Channel;
        if (message.Sequence != _expectedSequence[channel])
        {
            throw new ChannelGapException(channel, _expectedSequence[channel], message.Sequence);
        }

        _expectedSequence[channel]++;
        if (_aligner.IsBlocked(channel))
        {
            _held[channel].Enqueue(message);
            return;
        }

        await DispatchAsync(message, cancellation);
    }

    private async Task DispatchAsync(ChannelMessage message, CancellationToken cancellation)
    {
        var channel = message.Channel;
        switch (message.Kind)
        {
            case ElementKind.Records:
                var batch = message.Batch!;
                RecordsIn += batch.Count;
                if (_oneForOne)
                {
                    _output.Expect(batch.Count);
                }

                ((IStreamOperator)Parts.Operator).ProcessBatch(Parts.Inputs[channel].InputOrdinal, batch, _output);
                _oneForOne = _output.Count == batch.Count;
                await Parts.Router.EmitAsync(_output.TakeBatch(), cancellation);
                ReturnCredit(channel);
                break;
            case ElementKind.Barrier:
                var barrier = message.Barrier!;
                _barriers.TryAdd(barrier.Id, barrier);
                await ExecuteAsync(_aligner.OnBarrier(channel, barrier.Id, barrier.Kind), cancellation);
                break;
            case ElementKind.EndOfInput:
                await ExecuteAsync(_aligner.OnEndOfInput(channel), cancellation);
                if (++_endedChannels == Parts.Inputs.Count)
                {
                    ((IStreamOperator)Parts.Operator).EndInput(_output);
                    await Parts.Router.EmitAsync(_output.TakeBatch(), cancellation);
                    Parts.Router.BroadcastEndOfInput();
                }

                break;
        }
    }

    private async Task ExecuteAsync(IReadOnlyList<AlignmentAction> actions, CancellationToken cancellation)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case TriggerCheckpoint trigger:
                    await TakeCheckpointAsync(_barriers[trigger.Id], trigger.AlignmentDuration);
                    break;
                case AbortCheckpoint abort:
                    Decline(abort.Id, abort.Reason, $"{Subtask}: alignment of checkpoint {abort.Id} was overtaken");
                    break;
                case ReleaseChannels release:
                    foreach (var channel in release.Channels)
                    {
                        while (!_aligner.IsBlocked(channel) && _held[channel].TryDequeue(out var held))
                        {
                            await DispatchAsync(held, cancellation);
                        }
                    }

                    break;
            }
        }
    }

    private void ReturnCredit(int channel)
    {
        if (++_consumedSinceGrant[channel] < Parts.Services.Options.CreditGrantBatch)
        {
            return;
        }

        var credits = _consumedSinceGrant[channel];
        _consumedSinceGrant[channel] = 0;
        var upstream = Parts.Inputs[channel].Upstream;
        Parts.Services.Grains.GetGrain<ISubtaskGrain>(upstream.GrainKey).GrantCreditAsync(Attempt, Subtask, channel, credits).Ignore();
    }
}
