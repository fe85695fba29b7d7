namespace GrainFlow.Checkpointing.Alignment;

/// <summary>Stop consuming this input channel: it delivered the barrier being aligned, so its later elements belong after the snapshot.</summary>
public sealed record BlockChannel(int Channel) : AlignmentAction;
