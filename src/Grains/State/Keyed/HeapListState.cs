using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>
/// List state on the heap: a list per key, mutated in place; copy-on-write copies the lists when a snapshot holds
/// them. A key whose list becomes empty is removed, so empty lists never reach snapshots.
/// </summary>
internal sealed class HeapListState<T>(KeyedStateTable<List<T>> table) : IListState<T>
{
    public IEnumerable<T> Get() =>
        table.Current.Entries.TryGetValue(table.Key, out var list) ? list.AsReadOnly() : [];

    public void Add(T value) => Writable().Add(value);

    public void AddAll(IEnumerable<T> values)
    {
        var added = values.ToList();
        if (added.Count > 0)
        {
            Writable().AddRange(added);
        }
    }

    public void Update(IEnumerable<T> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            Clear();
            return;
        }

        table.Current.Writable.Set(table.Key, list);
    }

    public void Clear() => table.Current.Writable.Remove(table.Key);

    /// <summary>The current key's list for writing; looked up through the writable slot, which marks the entry changed.</summary>
    private List<T> Writable() => table.Current.Writable.GetValueRefOrAddDefault(table.Key, out _) ??= [];
}
