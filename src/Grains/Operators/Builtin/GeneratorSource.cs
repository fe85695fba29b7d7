using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;
using GrainFlow.State;

namespace GrainFlow.Operators.Builtin;

/// <summary>
/// The built-in <c>generator</c> source: deterministic and bounded. Record <c>i</c> (0 &lt;= i &lt; count) belongs to
/// subtask <c>i % parallelism</c> and is <c>{"key": "k{i % keys}", "value": i, "ts": i}</c>. Its offset (the next
/// index) is operator state, so a restore replays exactly the records after the checkpoint. The rate, when set, is
/// the total over all subtasks and is paced from the start time, so a slow moment is caught up rather than lost.
/// </summary>
public sealed class GeneratorSource : ISourceOperator
{
    public const string TypeName = "generator";

    private static readonly ListStateDescriptor<GeneratorOffset> OffsetDescriptor = new("generator-offsets");

    private IListState<GeneratorOffset> _offsets = null!;
    private OperatorContext _context = null!;
    private string[] _keys = [];
    private long _count;
    private double _ratePerSubtask;
    private long _next;
    private long _emittedSinceStart;
    private long _startTimestamp;

    public void Initialize(OperatorContext context)
    {
        _context = context;
        _count = context.Config.GetInt64("count", 1_000_000);
        var keys = (int)context.Config.GetInt64("keys", 1000);
        _keys = Enumerable.Range(0, keys).Select(k => "k" + k).ToArray();
        _ratePerSubtask = context.Config.GetDouble("ratePerSecond", 0) / context.Parallelism;
        _offsets = context.OperatorState.GetListState(OffsetDescriptor, OperatorStateMode.Union);
        _next = context.Subtask.Index.Value;
        if (context.IsRestored)
        {
            var offsets = _offsets.Get().ToList();
            if (offsets.Count > 0 && offsets[0].Parallelism != context.Parallelism)
            {
                throw new InvalidOperationException(
                    $"Generator '{context.Subtask.Operator}' was checkpointed at parallelism {offsets[0].Parallelism} and " +
                    $"cannot be restored at parallelism {context.Parallelism}: its records are assigned to subtasks by index.");
            }

            _next = offsets.FirstOrDefault(o => o.Subtask == context.Subtask.Index.Value)?.NextIndex ?? _next;
        }

        _startTimestamp = context.Time.GetTimestamp();
    }

    public SourcePoll Poll(Collector output, int maxRecords)
    {
        if (_next >= _count)
        {
            return SourcePoll.Exhausted;
        }

        var allowed = maxRecords;
        if (_ratePerSubtask > 0)
        {
            var due = (long)(_context.Time.GetElapsedTime(_startTimestamp).TotalSeconds * _ratePerSubtask) - _emittedSinceStart;
            if (due <= 0)
            {
                return SourcePoll.WaitFor(TimeSpan.FromSeconds(Math.Min(1.0, Math.Max(0.001, 1.0 / _ratePerSubtask))));
            }

            allowed = (int)Math.Min(allowed, due);
        }

        var parallelism = _context.Parallelism;
        var emitted = 0;
        while (emitted < allowed && _next < _count)
        {
            output.Begin().Set("key", _keys[_next % _keys.Length]).Set("value", _next).Set("ts", _next);
            _next += parallelism;
            emitted++;
        }

        _emittedSinceStart += emitted;
        return _next >= _count ? SourcePoll.Exhausted : SourcePoll.More;
    }

    public void SnapshotState(CheckpointId checkpoint) =>
        _offsets.Update([new GeneratorOffset(_context.Subtask.Index.Value, _context.Parallelism, _next)]);
}
