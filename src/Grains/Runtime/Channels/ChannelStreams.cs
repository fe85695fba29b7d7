using GrainFlow.Model;

namespace GrainFlow.Runtime.Channels;

/// <summary>
/// Names the Orleans streams that carry channels: one stream per downstream subtask, keyed by the subtask's grain
/// key, so an implicit subscription activates exactly that subtask grain.
/// </summary>
public static class ChannelStreams
{
    /// <summary>The stream provider name GrainFlow registers.</summary>
    public const string ProviderName = "grainflow";

    /// <summary>The stream namespace the subtask grain implicitly subscribes to.</summary>
    public const string Namespace = "grainflow.channel";

    public static StreamId For(SubtaskId subtask) => StreamId.Create(Namespace, subtask.GrainKey);
}
