namespace GrainFlow.Jobs;

/// <summary>Where a savepoint request is.</summary>
public enum SavepointRequestStatus
{
    InProgress = 0,
    Completed = 1,
    Failed = 2,
}
