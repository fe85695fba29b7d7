namespace GrainFlow.Model;

/// <summary>
/// The execution attempt of a job, incremented on every restart. Every element and every control call carries it,
/// and every grain drops what comes from an older attempt: this fences zombies and duplicate activations.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct Attempt([property: Id(0)] int Value) : IComparable<Attempt>
{
    public static readonly Attempt First = new(1);

    public Attempt Next() => new(Value + 1);

    public int CompareTo(Attempt other) => Value.CompareTo(other.Value);

    public static bool operator <(Attempt a, Attempt b) => a.Value < b.Value;
    public static bool operator >(Attempt a, Attempt b) => a.Value > b.Value;
    public static bool operator <=(Attempt a, Attempt b) => a.Value <= b.Value;
    public static bool operator >=(Attempt a, Attempt b) => a.Value >= b.Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
