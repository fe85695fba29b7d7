using GrainFlow.Model;
using GrainFlow.State.Api;
using GrainFlow.State;

namespace GrainFlow.Operators.Api;

/// <summary>
/// What a user function sees of its runtime, as Flink's <c>RuntimeContext</c>: where it runs and its keyed state.
/// State objects obtained here (usually once, in <c>Open</c>) always act on the record currently being processed.
/// </summary>
public sealed class RuntimeContext
{
    private readonly IKeyedStateStore _keyedState;

    public RuntimeContext(OperatorContext context, IKeyedStateStore keyedState)
    {
        Operator = context;
        _keyedState = keyedState;
    }

    public OperatorContext Operator { get; }

    public SubtaskId Subtask => Operator.Subtask;

    public IValueState<T> GetState<T>(ValueStateDescriptor<T> descriptor) => _keyedState.GetState(descriptor);

    public IListState<T> GetListState<T>(ListStateDescriptor<T> descriptor) => _keyedState.GetListState(descriptor);

    public IMapState<TKey, TValue> GetMapState<TKey, TValue>(MapStateDescriptor<TKey, TValue> descriptor)
        where TKey : notnull => _keyedState.GetMapState(descriptor);

    public IReducingState<T> GetReducingState<T>(ReducingStateDescriptor<T> descriptor) =>
        _keyedState.GetReducingState(descriptor);
}
