namespace GrainFlow.Runtime;

/// <summary>Where a subtask is in its attempt.</summary>
public enum SubtaskPhase
{
    /// <summary>Not deployed in this activation: it never was, or its silo died and it was re-activated empty.</summary>
    Idle = 0,
    Deployed = 1,
    Running = 2,
    /// <summary>Its last checkpoint (final, or stop-with-savepoint) is committed; it does nothing more.</summary>
    Finished = 3,
    Failed = 4,
    Canceled = 5,
}
