using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Storage;

namespace GrainFlow.Checkpointing;

/// <summary>
/// What survives the coordinator's activation: the completed checkpoints it may restore from (with the one another
/// job left it), the statistics the REST API shows, and the attempt it was coordinating, so a fresh activation
/// knows it lost a running attempt instead of silently coordinating nothing.
/// </summary>
[GenerateSerializer]
public sealed class CoordinatorState : IFencedState
{
    [Id(0)] public List<CompletedCheckpoint> Completed { get; set; } = [];
    [Id(1)] public CompletedCheckpoint? Foreign { get; set; }
    [Id(2)] public CheckpointStatsSnapshot? Stats { get; set; }
    [Id(3)] public Attempt? RunningAttempt { get; set; }
    [Id(4)] public Guid Writer { get; set; }
}
