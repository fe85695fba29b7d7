using GrainFlow.Model;
using GrainFlow.Runtime.Channels;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// One item of a subtask's mailbox. Stream deliveries and control calls only enqueue, and one loop handles items
/// in order, so operator code never runs concurrently with itself and a notification never lands mid-batch.
/// </summary>
public abstract record TaskInput
{
    public sealed record Message(ChannelMessage Element) : TaskInput;

    public sealed record Trigger(CheckpointBarrier Barrier) : TaskInput;

    public sealed record CheckpointComplete(CheckpointId Checkpoint) : TaskInput;

    public sealed record CheckpointAborted(CheckpointId Checkpoint) : TaskInput;

    public sealed record Start : TaskInput;
}
