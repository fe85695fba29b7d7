using GrainFlow.Model;
using GrainFlow.Storage;

namespace GrainFlow.Checkpointing;

/// <summary>
/// The highest checkpoint id handed out, persisted before its barriers leave (Flink's <c>CheckpointIDCounter</c>):
/// after the coordinator is lost, a new activation never reissues an id whose objects may already be written.
/// </summary>
[GenerateSerializer]
public sealed class CheckpointIdCounter : IFencedState
{
    [Id(0)] public CheckpointId LastIssued { get; set; }
    [Id(1)] public Guid Writer { get; set; }
}
