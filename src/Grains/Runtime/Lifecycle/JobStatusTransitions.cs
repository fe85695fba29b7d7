using GrainFlow.Model;

namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// The one table of legal job status moves, as Flink's <c>JobStatus</c> lifecycle: everything else that changes a
/// job's status goes through <see cref="JobStatusMachine"/>, which consults this table. A status with no way out is
/// terminal.
/// </summary>
public static class JobStatusTransitions
{
    /// <summary>Each status and the statuses it may move to.</summary>
    public static readonly IReadOnlyDictionary<JobStatus, IReadOnlySet<JobStatus>> Table =
        new Dictionary<JobStatus, IReadOnlySet<JobStatus>>
        {
            [JobStatus.Created] = Set(JobStatus.Running),
            [JobStatus.Running] = Set(
                JobStatus.Restarting, JobStatus.Failing, JobStatus.Canceling, JobStatus.Finished, JobStatus.Stopped, JobStatus.Failed),
            [JobStatus.Restarting] = Set(JobStatus.Running, JobStatus.Failing, JobStatus.Canceling, JobStatus.Failed),
            [JobStatus.Failing] = Set(JobStatus.Restarting, JobStatus.Failed),
            [JobStatus.Canceling] = Set(JobStatus.Canceled),
            [JobStatus.Failed] = Set(),
            [JobStatus.Canceled] = Set(),
            [JobStatus.Finished] = Set(),
            [JobStatus.Stopped] = Set(),
        };

    public static bool IsLegal(JobStatus from, JobStatus to) => Table[from].Contains(to);

    public static bool IsTerminal(JobStatus status) => Table[status].Count == 0;

    private static IReadOnlySet<JobStatus> Set(params JobStatus[] statuses) => new HashSet<JobStatus>(statuses);
}
