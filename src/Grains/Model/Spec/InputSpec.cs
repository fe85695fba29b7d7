namespace GrainFlow.Model.Spec;

/// <summary>
/// One input of an operator: the upstream operator it reads from and how that operator's records are distributed
/// over this operator's subtasks. <see cref="KeyBy"/> names the record field whose value is the key when the
/// partitioning is <see cref="Partitioning.Hash"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InputSpec(
    [property: Id(0)] string From,
    [property: Id(1)] Partitioning Partitioning = Partitioning.Forward,
    [property: Id(2)] string? KeyBy = null);
