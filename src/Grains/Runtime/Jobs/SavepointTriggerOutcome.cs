namespace GrainFlow.Runtime.Jobs;

/// <summary>What the job manager did with a savepoint request.</summary>
public enum SavepointTriggerOutcome
{
    /// <summary>A new savepoint started; poll its request id.</summary>
    Started = 0,

    /// <summary>The request repeated the trigger id of one already known; its request id is returned again.</summary>
    Repeated = 1,

    /// <summary>Another savepoint of this job is running.</summary>
    InProgress = 2,

    /// <summary>The job is not running, so no barrier can be injected.</summary>
    NotRunning = 3,
}
