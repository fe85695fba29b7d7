namespace GrainFlow.Checkpointing.Alignment;

/// <summary>Resume consuming these channels, in the order given (alignment finished or was abandoned).</summary>
public sealed record ReleaseChannels(IReadOnlyList<int> Channels) : AlignmentAction;
