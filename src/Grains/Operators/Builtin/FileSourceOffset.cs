namespace GrainFlow.Operators.Builtin;

/// <summary>How far one input file of a <c>fileSource</c> has been read: the byte position after the last emitted line.</summary>
[GenerateSerializer, Immutable]
public sealed record FileSourceOffset(
    [property: Id(0)] string File,
    [property: Id(1)] long Position);
