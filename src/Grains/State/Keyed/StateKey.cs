namespace GrainFlow.State.Keyed;

/// <summary>
/// A key with its hash code, computed once when the runtime sets the current key: a keyed sum reads and then writes
/// its state, and every state the operator registered is looked up again, so hashing per lookup would hash the same
/// string several times per record.
/// </summary>
internal readonly struct StateKey
{
    public StateKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Hash = value.GetHashCode();
    }

    public string Value { get; }

    /// <summary>The string's (per-process, randomised) hash code; never persisted.</summary>
    public int Hash { get; }
}
