namespace GrainFlow.State.Api;

/// <summary>
/// Describes a single value per key that every <c>Add</c> folds in with <see cref="Reduce"/> (old, added), so only
/// the aggregate is kept.
/// </summary>
public sealed class ReducingStateDescriptor<T>(string name, Func<T, T, T> reduce) : StateDescriptor(name)
{
    public Func<T, T, T> Reduce { get; } = reduce ?? throw new ArgumentNullException(nameof(reduce));

    public override StateKind Kind => StateKind.Reducing;
}
