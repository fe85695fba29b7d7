using GrainFlow.Model;
using GrainFlow.State;

namespace GrainFlow.Jobs;

/// <summary>What a savepoint holds for one operator: the subtasks that wrote state, their key groups and sizes.</summary>
[GenerateSerializer, Immutable]
public sealed record SavepointOperatorState(
    [property: Id(0)] OperatorUid Uid,
    [property: Id(1)] int Subtasks,
    [property: Id(2)] IReadOnlyList<KeyGroupRange> KeyGroups,
    [property: Id(3)] long StateBytes);
