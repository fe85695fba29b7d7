namespace GrainFlow.Checkpointing.Alignment;

/// <summary>
/// One thing the <see cref="BarrierAligner"/> tells the subtask runtime to do, in order: block a channel, snapshot
/// and forward a barrier, release channels, or decline a checkpoint. The runtime switches over the concrete types.
/// </summary>
public abstract record AlignmentAction;
