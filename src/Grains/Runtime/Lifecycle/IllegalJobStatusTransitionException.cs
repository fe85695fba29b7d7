using GrainFlow.Model;

namespace GrainFlow.Runtime.Lifecycle;

/// <summary>A move that <see cref="JobStatusTransitions"/> does not allow; a programming error in whoever asked for it.</summary>
public sealed class IllegalJobStatusTransitionException : InvalidOperationException
{
    public IllegalJobStatusTransitionException(JobStatus from, JobStatus to)
        : base($"A job cannot move from {from} to {to}.")
    {
        From = from;
        To = to;
    }

    public JobStatus From { get; }

    public JobStatus To { get; }
}
