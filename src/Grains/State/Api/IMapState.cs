namespace GrainFlow.State.Api;

/// <summary>A map for the backend's current key.</summary>
public interface IMapState<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The value under <paramref name="key"/>, or default when absent.</summary>
    TValue? Get(TKey key);

    void Put(TKey key, TValue value);

    void PutAll(IEnumerable<KeyValuePair<TKey, TValue>> entries);

    void Remove(TKey key);

    bool Contains(TKey key);

    IEnumerable<KeyValuePair<TKey, TValue>> Entries();

    IEnumerable<TKey> Keys();

    IEnumerable<TValue> Values();

    bool IsEmpty();

    void Clear();
}
