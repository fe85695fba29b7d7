using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// Deploys and tears down one attempt of a job across its subtask grains. Sinks are deployed before their
/// producers and sources start only once every subtask holds the attempt, so no element of a new attempt can reach
/// a subtask still on the old one.
/// </summary>
public sealed class JobDeployer(IGrainFactory grains, JobId job, JobSpec spec)
{
    public ExecutionPlan Plan { get; } = ExecutionPlan.Build(job, spec);

    public async Task DeployAsync(Attempt attempt, JobId? restoreJob, CompletedCheckpoint? restoreFrom)
    {
        var handles = restoreFrom?.HandlesByOperator;
        foreach (var vertex in Plan.Vertices.Reverse())
        {
            TaskRestore? restore = null;
            if (restoreFrom is not null)
            {
                restore = new TaskRestore(restoreJob ?? job, restoreFrom.Id,
                    handles!.TryGetValue(vertex.Uid, out var h) ? h : []);
            }

            await Task.WhenAll(Enumerable.Range(0, vertex.Parallelism).Select(index =>
            {
                var subtask = vertex.Subtask(job, index);
                return Subtask(subtask).DeployAsync(new TaskDeployment(subtask, attempt, spec, restore));
            }));
        }
    }

    public Task StartSourcesAsync(Attempt attempt) =>
        Task.WhenAll(Plan.SourceSubtasks.Select(s => Subtask(s).StartAsync(attempt)));

    /// <summary>Cancels every subtask; a subtask that cannot be reached is fenced by the next attempt anyway.</summary>
    public async Task CancelAsync(Attempt attempt)
    {
        try
        {
            await Task.WhenAll(Plan.Subtasks.Select(s => Subtask(s).CancelAsync(attempt)));
        }
        catch (Exception)
        {
            // Unreachable subtasks drop everything of this attempt once the next attempt is deployed.
        }
    }

    public async Task<IReadOnlyList<OperatorView>> MetricsAsync()
    {
        var metrics = await Task.WhenAll(Plan.Subtasks.Select(s => Subtask(s).GetMetricsAsync()));
        return Plan.Vertices.Select(v => new OperatorView(v.Uid, v.Parallelism,
            metrics.Where(m => m.Subtask.Operator == v.Uid).Sum(m => m.RecordsIn),
            metrics.Where(m => m.Subtask.Operator == v.Uid).Sum(m => m.RecordsOut))).ToList();
    }

    private ISubtaskGrain Subtask(SubtaskId subtask) => grains.GetGrain<ISubtaskGrain>(subtask.GrainKey);
}
