namespace GrainFlow.Storage;

/// <summary>
/// Grain state that records which activation wrote it last, so that activation can tell its own write, whose reply
/// was lost, from a rival's (see <see cref="FencedStateWrites"/>).
/// </summary>
internal interface IFencedState<TSelf>
    where TSelf : class, IFencedState<TSelf>
{
    /// <summary>The activation that wrote this state last; a fresh id per activation.</summary>
    Guid Writer { get; set; }

    /// <summary>A copy that a re-read of the stored state cannot change.</summary>
    TSelf Copy();
}
