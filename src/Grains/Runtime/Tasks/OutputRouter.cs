using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Runtime.Channels;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// Sends a subtask's output batches along each output edge by the edge's partitioning (Flink's
/// <c>RecordWriter</c> with its <c>ChannelSelector</c>): forward to the same index, hash by key group, rebalance
/// round-robin per batch, broadcast to all. Barriers and end-of-input go to every channel. Each edge's channels
/// are indexed by downstream subtask index, which is what the partitioner returns.
/// </summary>
public sealed class OutputRouter
{
    private readonly IReadOnlyList<(OutputTargets Edge, OutputChannel[] Channels)> _edges;
    private readonly Dictionary<(SubtaskId, int), OutputChannel> _byTarget = [];
    private readonly long[] _batchNumbers;
    private readonly int _ownIndex;

    public OutputRouter(SubtaskIndex ownIndex, IReadOnlyList<(OutputTargets Edge, OutputChannel[] Channels)> edges)
    {
        _edges = edges;
        _ownIndex = ownIndex.Value;
        _batchNumbers = new long[edges.Count];
        // A forward edge opens only the channel to the same index, so its other slots stay empty.
        foreach (var channel in edges.SelectMany(e => e.Channels).Where(c => c is not null))
        {
            _byTarget[(channel.Target, channel.ChannelAtTarget)] = channel;
        }
    }

    public bool HasOutputs => _edges.Count > 0;

    public IEnumerable<OutputChannel> Channels => _byTarget.Values;

    public long RecordsOut { get; private set; }

    public async ValueTask EmitAsync(RecordBatch batch, CancellationToken cancellation)
    {
        if (batch.Count == 0)
        {
            return;
        }

        for (var e = 0; e < _edges.Count; e++)
        {
            var (edge, channels) = _edges[e];
            foreach (var routed in Partitioner.Route(edge.Edge, _ownIndex, _batchNumbers[e]++, batch))
            {
                await channels[routed.TargetIndex].SendAsync(routed.Batch, cancellation);
            }
        }

        RecordsOut += batch.Count;
    }

    public void BroadcastBarrier(CheckpointBarrier barrier)
    {
        foreach (var channel in _byTarget.Values)
        {
            channel.SendBarrier(barrier);
        }
    }

    public void BroadcastEndOfInput()
    {
        foreach (var channel in _byTarget.Values)
        {
            channel.SendEndOfInput();
        }
    }

    public void Grant(SubtaskId target, int channel, int credits)
    {
        if (_byTarget.TryGetValue((target, channel), out var output))
        {
            output.Grant(credits);
        }
    }

    public void Abandon()
    {
        foreach (var channel in _byTarget.Values)
        {
            channel.Abandon();
        }
    }
}
