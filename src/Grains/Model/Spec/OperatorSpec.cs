namespace GrainFlow.Model.Spec;

/// <summary>
/// One operator of a job: its stable <see cref="Uid"/> (state maps by it across savepoints), the built-in or
/// registered <see cref="Type"/> that implements it, how many parallel subtasks run it, its free-form configuration
/// and the operators it consumes from.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class OperatorSpec
{
    [Id(0)] public required string Uid { get; init; }

    [Id(1)] public required string Type { get; init; }

    /// <summary>The number of subtasks; 1 when the spec leaves it out, as Flink's default parallelism.</summary>
    [Id(2)] public int Parallelism { get; init; } = 1;

    [Id(3)] public OperatorConfig Config { get; init; } = OperatorConfig.Empty;

    /// <summary>The upstream operators, in input-ordinal order; empty for a source.</summary>
    [Id(4)] public IReadOnlyList<InputSpec> Inputs { get; init; } = [];
}
