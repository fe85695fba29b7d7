namespace GrainFlow.Model;

/// <summary>A record lacks a field an operator needs, or holds it in a form the operator cannot read.</summary>
public sealed class RecordFieldException(string field, string problem)
    : Exception($"Record field '{field}' {problem}.")
{
    public string Field { get; } = field;
}
