using GrainFlow.Benchmarks.Harness;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The W3 source (<c>benchStampedSource</c>): the generator's records (key <c>k{i % keys}</c>, value i, on subtask
/// i % parallelism), but <c>ts</c> is the record's scheduled send time from a <see cref="RateSchedule"/>, so the sink
/// measures event-time latency from the moment the record was due, including any time the source fell behind.
/// Its offset is operator state, so checkpoints cost what the generator's do.
/// </summary>
public sealed class StampedSource : ISourceOperator
{
    public const string TypeName = "benchStampedSource";

    private static readonly ListStateDescriptor<long> OffsetDescriptor = new("stamped-offset");

    private IListState<long> _offset = null!;
    private RateSchedule _schedule = null!;
    private string[] _keys = [];
    private int _parallelism;
    private long _next;

    public void Initialize(OperatorContext context)
    {
        _keys = Workloads.KeyNames.Create((int)context.Config.GetInt64("keys", 1000));
        _parallelism = context.Parallelism;
        _schedule = new RateSchedule(context.Config.GetDouble("ratePerSecond", 0) / _parallelism);
        _offset = context.OperatorState.GetListState(OffsetDescriptor, OperatorStateMode.SplitDistribute);
        _next = context.IsRestored ? _offset.Get().DefaultIfEmpty(context.Subtask.Index.Value).First() : context.Subtask.Index.Value;
    }

    public SourcePoll Poll(Collector output, int maxRecords)
    {
        var due = _schedule.Due(maxRecords);
        if (due == 0)
        {
            return SourcePoll.WaitFor(_schedule.UntilNext());
        }

        var now = MonotonicClock.NowMicros;
        for (var r = 0; r < due; r++)
        {
            output.Begin().Set("key", _keys[_next % _keys.Length]).Set("value", _next).Set("ts", _schedule.NextStamp(now));
            _next += _parallelism;
        }

        return SourcePoll.More;
    }

    public void SnapshotState(CheckpointId checkpoint) => _offset.Update([_next]);
}
