using GrainFlow.Model;

namespace GrainFlow.Graph;

/// <summary>
/// One channel into a subtask: its position in the subtask's ordered input list (what barrier alignment counts
/// and what senders stamp on batches), the operator input it belongs to, and the upstream subtask that feeds it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record InputChannel(
    [property: Id(0)] int ChannelIndex,
    [property: Id(1)] int InputOrdinal,
    [property: Id(2)] SubtaskId Upstream);
