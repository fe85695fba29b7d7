using GrainFlow.Jobs;

namespace GrainFlow.Api.Contracts;

/// <summary>What a savepoint holds for one operator uid: how many subtasks wrote state, their key groups and bytes.</summary>
public sealed record SavepointOperatorResponse(string Uid, int Subtasks, IReadOnlyList<KeyGroupRangeResponse> KeyGroups, long StateBytes)
{
    public static SavepointOperatorResponse From(SavepointOperatorState state) => new(
        state.Uid.Value, state.Subtasks, state.KeyGroups.Select(KeyGroupRangeResponse.From).ToList(), state.StateBytes);
}
