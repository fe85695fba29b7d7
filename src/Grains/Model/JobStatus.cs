namespace GrainFlow.Model;

/// <summary>The lifecycle of a job, as Flink's <c>JobStatus</c>; legal moves are declared in <c>JobStatusTransitions</c>.</summary>
public enum JobStatus
{
    Created = 0,
    Running = 1,
    Restarting = 2,
    Failing = 3,
    Failed = 4,
    Canceling = 5,
    Canceled = 6,
    Finished = 7,
    Stopped = 8,
}
