namespace GrainFlow.State.Keyed;

/// <summary>
/// A key whose key group this backend does not own: the record was routed to the wrong subtask, which would split
/// one key's state across subtasks, so it is refused.
/// </summary>
public sealed class KeyGroupOutOfRangeException(string key, int keyGroup, KeyGroupRange range)
    : Exception($"Key '{key}' is in key group {keyGroup}, outside this backend's key groups {range}.")
{
    public int KeyGroup { get; } = keyGroup;

    public KeyGroupRange Range { get; } = range;
}
