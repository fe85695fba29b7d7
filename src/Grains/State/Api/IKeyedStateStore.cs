namespace GrainFlow.State.Api;

/// <summary>
/// Where user operators get keyed state. Each returned object is bound to the store's current key: the runtime sets
/// the key before each record, and the same state object then reads and writes that key's value. Calling a getter
/// again with the same descriptor name returns the same object.
/// </summary>
public interface IKeyedStateStore
{
    IValueState<T> GetState<T>(ValueStateDescriptor<T> descriptor);

    IListState<T> GetListState<T>(ListStateDescriptor<T> descriptor);

    IMapState<TKey, TValue> GetMapState<TKey, TValue>(MapStateDescriptor<TKey, TValue> descriptor)
        where TKey : notnull;

    IReducingState<T> GetReducingState<T>(ReducingStateDescriptor<T> descriptor);
}
