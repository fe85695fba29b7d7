using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The W3 keyed sum (<c>benchStampedSum</c>): GrainFlow's keyedSum, written the same way against the public
/// <see cref="KeyedProcessFunction"/> API, that also carries the input's <c>ts</c> stamp to its output so the sink
/// can measure latency end to end.
/// </summary>
public sealed class StampedKeyedSum : KeyedProcessFunction
{
    public const string TypeName = "benchStampedSum";

    private static readonly ValueStateDescriptor<(long Sum, long Count)> Descriptor = new("sum-count");

    private IValueState<(long Sum, long Count)> _state = null!;

    public override void Open(RuntimeContext context) => _state = context.GetState(Descriptor);

    public override void ProcessElement(Record record, string key, Collector output)
    {
        var (sum, count) = _state.Value();
        sum += record.GetInt64("value");
        count++;
        _state.Update((sum, count));
        output.Begin().Set("key", key).Set("sum", sum).Set("count", count).Set("ts", record.GetInt64("ts"));
    }
}
