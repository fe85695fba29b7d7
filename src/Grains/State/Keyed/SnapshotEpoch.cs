namespace GrainFlow.State.Keyed;

/// <summary>
/// The point in a keyed backend's history that one of its snapshots captured: an incremental snapshot names the
/// epoch of the snapshot it builds on, and holds exactly the writes and removals after it. Epochs count snapshots
/// taken by this backend instance, so they mean nothing to another subtask or after a restore.
/// </summary>
public readonly record struct SnapshotEpoch(int Value) : IComparable<SnapshotEpoch>
{
    public int CompareTo(SnapshotEpoch other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
