namespace GrainFlow.Benchmarks.Harness;

/// <summary>One of issue 5's targets, evaluated on one run's results: the measured figure, the bound, and whether it holds.</summary>
public sealed record TargetCheck(string Target, double? Measured, string Bound, bool? Met)
{
    public override string ToString() =>
        $"{(Met switch { true => "MET ", false => "MISS", null => "n/a " })}  {Target}: {(Measured is { } m ? m.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "not measured")} (target {Bound})";
}
