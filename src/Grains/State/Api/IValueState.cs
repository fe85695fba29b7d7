namespace GrainFlow.State.Api;

/// <summary>One value for the backend's current key.</summary>
public interface IValueState<T>
{
    /// <summary>The current key's value, or the descriptor's default when it has none.</summary>
    T? Value();

    void Update(T value);

    void Clear();
}
