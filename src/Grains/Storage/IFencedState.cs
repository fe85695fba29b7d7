namespace GrainFlow.Storage;

/// <summary>
/// Grain state that records which activation wrote it last, so that activation can tell its own write, whose reply
/// was lost, from a rival's (see <see cref="FencedStateWrites"/>).
/// </summary>
internal interface IFencedState
{
    /// <summary>The activation that wrote this state last; a fresh id per activation.</summary>
    Guid Writer { get; set; }
}
