namespace GrainFlow.Storage;

/// <summary>
/// Thrown when a stored object fails verification. Recovery must never start silently from empty or foreign state,
/// so a corrupt object is an error with its <see cref="Reason"/> and <see cref="Location"/>, never a missing one.
/// </summary>
public sealed class SnapshotCorruptedException : Exception
{
    public SnapshotCorruptedException(string location, SnapshotCorruption reason, string detail)
        : base($"The snapshot object '{location}' is corrupt ({reason}): {detail}")
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>The storage name of the refused object, for the operator who has to look at it.</summary>
    public string Location { get; }

    /// <summary>What verification found.</summary>
    public SnapshotCorruption Reason { get; }
}
