namespace GrainFlow.State.Serialization;

/// <summary>
/// Writes and reads one type of state value in the snapshot encoding, and copies values whose instances are
/// mutable containers, so a copy-on-write capture never sees a later in-place mutation. Obtain instances from
/// <see cref="StateSerializers"/>.
/// </summary>
public abstract class StateSerializer<T>
{
    /// <summary>A stable name of the encoded type, stored in snapshots so a restore into another type is refused.</summary>
    public abstract string TypeName { get; }

    /// <summary>Whether <see cref="Copy"/> does any work; when false, captures share values with the live state.</summary>
    public virtual bool CopiesValues => false;

    public abstract void Write(StateWriter writer, T value);

    public abstract T Read(StateReader reader);

    /// <summary>A copy the live state may mutate without affecting <paramref name="value"/>.</summary>
    public virtual T Copy(T value) => value;
}
