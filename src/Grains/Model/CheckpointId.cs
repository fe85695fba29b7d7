namespace GrainFlow.Model;

/// <summary>
/// A checkpoint's (or savepoint's) position in a job's single, strictly increasing sequence. Barriers carry it, so
/// a higher id subsumes every lower one.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct CheckpointId([property: Id(0)] long Value) : IComparable<CheckpointId>
{
    public static readonly CheckpointId None = new(0);

    public CheckpointId Next() => new(Value + 1);

    public int CompareTo(CheckpointId other) => Value.CompareTo(other.Value);

    public static bool operator <(CheckpointId a, CheckpointId b) => a.Value < b.Value;
    public static bool operator >(CheckpointId a, CheckpointId b) => a.Value > b.Value;
    public static bool operator <=(CheckpointId a, CheckpointId b) => a.Value <= b.Value;
    public static bool operator >=(CheckpointId a, CheckpointId b) => a.Value >= b.Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
