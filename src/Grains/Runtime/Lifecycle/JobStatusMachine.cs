using GrainFlow.Model;

namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// A job's current status with the only way to change it: <see cref="MoveTo"/>, which refuses any move the
/// <see cref="JobStatusTransitions"/> table does not declare. The job manager grain loads it from its persisted state.
/// </summary>
public sealed class JobStatusMachine(JobStatus initial = JobStatus.Created)
{
    public JobStatus Status { get; private set; } = initial;

    public bool IsTerminal => JobStatusTransitions.IsTerminal(Status);

    public bool CanMoveTo(JobStatus next) => JobStatusTransitions.IsLegal(Status, next);

    /// <summary>Moves to <paramref name="next"/>, or throws <see cref="IllegalJobStatusTransitionException"/> naming both statuses.</summary>
    public void MoveTo(JobStatus next)
    {
        if (!CanMoveTo(next))
        {
            throw new IllegalJobStatusTransitionException(Status, next);
        }

        Status = next;
    }
}
