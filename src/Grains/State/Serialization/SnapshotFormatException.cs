namespace GrainFlow.State.Serialization;

/// <summary>
/// A state snapshot payload that is not one this code wrote: wrong magic, unknown format version, or truncated.
/// Recovery must never start silently from empty or half-read state, so such a payload is refused outright.
/// </summary>
public sealed class SnapshotFormatException(string message) : Exception(message);
