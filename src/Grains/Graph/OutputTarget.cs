using GrainFlow.Model;

namespace GrainFlow.Graph;

/// <summary>
/// One downstream subtask a subtask sends to on one edge, with the channel index the sender occupies in that
/// subtask's input list; the sender stamps it on every element so the receiver knows the channel.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OutputTarget([property: Id(0)] SubtaskId Downstream, [property: Id(1)] int ChannelIndex);
