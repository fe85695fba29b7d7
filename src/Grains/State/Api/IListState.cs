namespace GrainFlow.State.Api;

/// <summary>A list for the backend's current key (keyed state) or for the subtask (operator state).</summary>
public interface IListState<T>
{
    /// <summary>The elements in insertion order; empty when there are none.</summary>
    IEnumerable<T> Get();

    void Add(T value);

    void AddAll(IEnumerable<T> values);

    /// <summary>Replaces the elements; an empty sequence clears the state.</summary>
    void Update(IEnumerable<T> values);

    void Clear();
}
