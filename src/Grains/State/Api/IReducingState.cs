namespace GrainFlow.State.Api;

/// <summary>An aggregate for the backend's current key, folded with the descriptor's reduce function.</summary>
public interface IReducingState<T>
{
    /// <summary>The aggregate, or default when nothing was added.</summary>
    T? Get();

    void Add(T value);

    void Clear();
}
