namespace GrainFlow.Storage;

/// <summary>
/// Thrown when a snapshot object a handle points to does not exist (deleted by retention, never written, or lost).
/// A restore that needs it must fail, not continue with empty state.
/// </summary>
public sealed class SnapshotNotFoundException : Exception
{
    public SnapshotNotFoundException(string location)
        : base($"The snapshot object '{location}' does not exist.")
    {
        Location = location;
    }

    /// <summary>The storage name that was looked up.</summary>
    public string Location { get; }
}
