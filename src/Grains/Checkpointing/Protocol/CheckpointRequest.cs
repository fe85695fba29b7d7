using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>A request to trigger one checkpoint of a kind, as Flink's <c>CheckpointTriggerRequest</c>.</summary>
public sealed record CheckpointRequest(CheckpointKind Kind, CheckpointRequestOrigin Origin)
{
    public static readonly CheckpointRequest Periodic = new(CheckpointKind.Checkpoint, CheckpointRequestOrigin.Periodic);

    public static CheckpointRequest Of(CheckpointKind kind) => new(kind, CheckpointRequestOrigin.Requested);
}
