using GrainFlow.State;

namespace GrainFlow.Api.Contracts;

/// <summary>An inclusive range of key groups one subtask's state covers.</summary>
public sealed record KeyGroupRangeResponse(int Start, int End)
{
    public static KeyGroupRangeResponse From(KeyGroupRange range) => new(range.Start, range.End);
}
