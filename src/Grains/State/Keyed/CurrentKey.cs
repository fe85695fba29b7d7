namespace GrainFlow.State.Keyed;

/// <summary>
/// The key the backend's state objects are bound to, shared by reference between the backend and every state table
/// so that switching keys per record is a hash and two field writes.
/// </summary>
internal sealed class CurrentKey
{
    /// <summary>The key of the record being processed, hashed once; <see cref="IsSet"/> is false until the runtime sets one.</summary>
    public StateKey Key;

    public bool IsSet => Key.Value is not null;

    /// <summary>The key's group minus the backend's first group: an index into each table's per-group maps.</summary>
    public int GroupIndex = -1;
}
