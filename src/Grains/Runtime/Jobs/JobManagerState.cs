using GrainFlow.Model;
using GrainFlow.Storage;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// What survives the job manager's activation, written with Orleans' ETag check so a zombie activation (one the
/// cluster already replaced) fails its next write instead of overwriting the live one's decisions; an activation's own
/// write whose reply was lost is told apart by <see cref="Writer"/> (<see cref="FencedStateWrites"/>).
/// </summary>
[GenerateSerializer]
public sealed class JobManagerState : IFencedState
{
    [Id(0)] public JobSubmission? Submission { get; set; }
    [Id(1)] public JobStatus Status { get; set; } = JobStatus.Created;
    [Id(2)] public Attempt Attempt { get; set; }
    [Id(3)] public int Restarts { get; set; }
    [Id(4)] public string? FailureCause { get; set; }
    [Id(5)] public SavepointRequestBook Savepoints { get; set; } = new();
    [Id(6)] public List<OperatorView> FinalMetrics { get; set; } = [];
    [Id(7)] public Guid Writer { get; set; }
}
