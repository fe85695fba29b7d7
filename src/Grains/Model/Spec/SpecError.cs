namespace GrainFlow.Model.Spec;

/// <summary>
/// One problem with a submitted job spec: the JSON path of the offending field (e.g. <c>operators[1].parallelism</c>,
/// the form REST problem details report) and what is wrong with it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SpecError([property: Id(0)] string Field, [property: Id(1)] string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
