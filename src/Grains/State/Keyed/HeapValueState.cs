using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>
/// Value state on the heap: one hash-table lookup per read and one in-place slot write per update, with no
/// allocation once a key exists (the keyed-sum hot path).
/// </summary>
internal sealed class HeapValueState<T>(KeyedStateTable<T> table, T? defaultValue) : IValueState<T>
{
    public T? Value() => table.Current.Entries.TryGetValue(table.Key, out var value) ? value : defaultValue;

    public void Update(T value) =>
        table.Current.Writable.GetValueRefOrAddDefault(table.Key, out _) = value;

    public void Clear() => table.Current.Writable.Remove(table.Key);
}
