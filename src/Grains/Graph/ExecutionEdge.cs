using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// One input of one operator, seen from both ends: the producing operator and its parallelism, the consuming
/// operator, its parallelism and the input's ordinal there, and how records are partitioned on the way. It also
/// fixes where the edge's channels sit in each consumer subtask's input channel list, so a sender knows the channel
/// index to stamp without asking the receiver.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExecutionEdge(
    [property: Id(0)] OperatorUid Source,
    [property: Id(1)] int SourceParallelism,
    [property: Id(2)] OperatorUid Target,
    [property: Id(3)] int TargetParallelism,
    [property: Id(4)] int InputOrdinal,
    [property: Id(5)] Partitioning Partitioning,
    [property: Id(6)] string? KeyBy,
    [property: Id(7)] int MaxParallelism,
    [property: Id(8)] int FirstChannel)
{
    /// <summary>Whether every producer subtask feeds every consumer subtask (all but forward).</summary>
    public bool IsAllToAll => Partitioning != Partitioning.Forward;

    /// <summary>How many channels this edge contributes to each consumer subtask.</summary>
    public int ChannelsPerTarget => IsAllToAll ? SourceParallelism : 1;

    /// <summary>The channel index that producer subtask <paramref name="sourceIndex"/> occupies in a consumer's input list.</summary>
    public int ChannelOf(int sourceIndex) => FirstChannel + (IsAllToAll ? sourceIndex : 0);
}
