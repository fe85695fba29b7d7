using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// One state of the barrier alignment state machine, as Flink's <c>BarrierHandlerState</c>: it handles an input,
/// emits actions into the context, and returns the next state.
/// </summary>
internal abstract class AlignmentState
{
    public abstract AlignmentState OnBarrier(AlignmentContext context, int channel, CheckpointId id, CheckpointKind kind);

    public abstract AlignmentState OnEndOfInput(AlignmentContext context, int channel);

    public abstract AlignmentState OnCheckpointAborted(AlignmentContext context, CheckpointId id);

    /// <summary>The channels this state holds; empty unless aligning.</summary>
    public virtual IReadOnlyCollection<int> BlockedChannels => [];

    /// <summary>The checkpoint being aligned or tracked, if any.</summary>
    public virtual CheckpointId? Current => null;
}
