namespace GrainFlow.Operators.Builtin;

/// <summary>A generator subtask's position: the next record index it will emit, at the parallelism it ran with.</summary>
[GenerateSerializer, Immutable]
public sealed record GeneratorOffset(
    [property: Id(0)] int Subtask,
    [property: Id(1)] int Parallelism,
    [property: Id(2)] long NextIndex);
