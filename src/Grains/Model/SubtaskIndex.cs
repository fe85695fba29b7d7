namespace GrainFlow.Model;

/// <summary>The index of one parallel instance of an operator, 0 &lt;= index &lt; parallelism.</summary>
[GenerateSerializer, Immutable]
public readonly record struct SubtaskIndex([property: Id(0)] int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
