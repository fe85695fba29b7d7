namespace GrainFlow.Storage;

/// <summary>
/// Thrown when a subtask writes a snapshot object whose name is already taken. Snapshot objects are write-once:
/// checkpoint and savepoint ids are never reused, so a second write means a zombie or a duplicate upload, and
/// overwriting could change state that a committed checkpoint already points to.
/// </summary>
public sealed class SnapshotAlreadyExistsException : Exception
{
    public SnapshotAlreadyExistsException(string location, Exception? inner = null)
        : base($"The snapshot object '{location}' already exists; snapshot objects are written once.", inner)
    {
        Location = location;
    }

    /// <summary>The storage name that was already taken.</summary>
    public string Location { get; }
}
