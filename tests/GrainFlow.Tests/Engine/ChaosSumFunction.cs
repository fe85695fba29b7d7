using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// A user operator written against the public API: the same running sum as the built-in <c>keyedSum</c>, kept in
/// two value states, plus the hooks where <see cref="FailureInjector"/> strikes (processing and restore).
/// </summary>
public sealed class ChaosSumFunction : KeyedProcessFunction, ICheckpointedFunction
{
    public const string TypeName = "chaosSum";

    private static readonly ValueStateDescriptor<long> SumDescriptor = new("sum");
    private static readonly ValueStateDescriptor<long> CountDescriptor = new("count");

    private IValueState<long> _sum = null!;
    private IValueState<long> _count = null!;

    public override void Open(RuntimeContext context)
    {
        _sum = context.GetState(SumDescriptor);
        _count = context.GetState(CountDescriptor);
    }

    public override void ProcessElement(Record record, string key, Collector output)
    {
        FailureInjector.OnProcess();
        var sum = _sum.Value() + record.GetInt64("value");
        var count = _count.Value() + 1;
        _sum.Update(sum);
        _count.Update(count);
        output.Begin().Set("key", key).Set("sum", sum).Set("count", count);
    }

    public void InitializeState(OperatorStateBackend operatorState, bool isRestored)
    {
        if (isRestored)
        {
            FailureInjector.OnRestore();
        }
    }

    public void SnapshotState(CheckpointId checkpoint)
    {
    }
}
