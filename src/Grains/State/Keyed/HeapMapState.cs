using GrainFlow.State.Api;

namespace GrainFlow.State.Keyed;

/// <summary>
/// Map state on the heap: a dictionary per key, mutated in place; copy-on-write copies the dictionaries when a
/// snapshot holds them. A key whose map becomes empty is removed.
/// </summary>
internal sealed class HeapMapState<TKey, TValue>(KeyedStateTable<Dictionary<TKey, TValue>> table) : IMapState<TKey, TValue>
    where TKey : notnull
{
    public TValue? Get(TKey key) => Readable() is { } map && map.TryGetValue(key, out var value) ? value : default;

    public void Put(TKey key, TValue value) => Writable()[key] = value;

    public void PutAll(IEnumerable<KeyValuePair<TKey, TValue>> entries)
    {
        var added = entries.ToList();
        if (added.Count == 0)
        {
            return;
        }

        var map = Writable();
        foreach (var (key, value) in added)
        {
            map[key] = value;
        }
    }

    public void Remove(TKey key)
    {
        if (Readable() is not { } existing || !existing.ContainsKey(key))
        {
            return;
        }

        var map = Writable();
        map.Remove(key);
        if (map.Count == 0)
        {
            table.Current.Writable.Remove(table.Key);
        }
    }

    public bool Contains(TKey key) => Readable()?.ContainsKey(key) ?? false;

    public IEnumerable<KeyValuePair<TKey, TValue>> Entries() =>
        Readable() is { } map ? map.AsReadOnly() : [];

    public IEnumerable<TKey> Keys() => Readable()?.Keys.ToArray() ?? [];

    public IEnumerable<TValue> Values() => Readable()?.Values.ToArray() ?? [];

    public bool IsEmpty() => Readable() is null;

    public void Clear() => table.Current.Writable.Remove(table.Key);

    private Dictionary<TKey, TValue>? Readable() =>
        table.Current.Entries.TryGetValue(table.Key, out var map) ? map : null;

    /// <summary>The current key's map for writing; looked up through the writable slot, which marks the entry changed.</summary>
    private Dictionary<TKey, TValue> Writable() => table.Current.Writable.GetValueRefOrAddDefault(table.Key, out _) ??= [];
}
