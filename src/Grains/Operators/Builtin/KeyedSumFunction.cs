using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;
using GrainFlow.State;

namespace GrainFlow.Operators.Builtin;

/// <summary>
/// The built-in <c>keyedSum</c>: for every input record emits <c>{key, sum, count}</c>, the running sum of the
/// configured field and the number of records seen for that key. Written against the public
/// <see cref="KeyedProcessFunction"/> API, so it exercises exactly what user operators use. Sum and count live in
/// one value so each record costs one state read and one write.
/// </summary>
public sealed class KeyedSumFunction(string field) : KeyedProcessFunction
{
    public const string TypeName = "keyedSum";

    private static readonly ValueStateDescriptor<(long Sum, long Count)> Descriptor = new("sum-count");

    private IValueState<(long Sum, long Count)> _state = null!;

    public override void Open(RuntimeContext context) => _state = context.GetState(Descriptor);

    public override void ProcessElement(Record record, string key, Collector output)
    {
        var (sum, count) = _state.Value();
        sum += record.GetInt64(field);
        count++;
        _state.Update((sum, count));
        output.Begin().Set("key", key).Set("sum", sum).Set("count", count);
    }
}
