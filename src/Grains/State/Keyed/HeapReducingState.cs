using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>Reducing state on the heap: keeps only the aggregate, folding each added value in place.</summary>
internal sealed class HeapReducingState<T>(KeyedStateTable<T> table, Func<T, T, T> reduce) : IReducingState<T>
{
    public T? Get() => table.Current.Entries.TryGetValue(table.Key, out var value) ? value : default;

    public void Add(T value)
    {
        ref var slot = ref table.Current.Writable.GetValueRefOrAddDefault(table.Key, out var exists);
        slot = exists ? reduce(slot!, value) : value;
    }

    public void Clear() => table.Current.Writable.Remove(table.Key);
}
