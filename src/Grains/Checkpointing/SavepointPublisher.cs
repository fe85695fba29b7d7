using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Checkpointing;

/// <summary>
/// The coordinator's savepoints in flight and where their outcomes go. A completed savepoint is entered in the
/// savepoint registry, where it stays until the user deletes it, and reported to the job manager, which answers the
/// REST request that asked for it; an aborted one is reported with its reason.
/// </summary>
internal sealed class SavepointPublisher(IGrainFactory grains, JobId job)
{
    /// <summary>The savepoint each pending savepoint checkpoint writes to.</summary>
    private readonly Dictionary<CheckpointId, SavepointId> targets = [];

    private IJobManagerGrain JobManager => grains.GetGrain<IJobManagerGrain>(job.Value);

    public void Track(CheckpointId checkpoint, SavepointId? savepoint)
    {
        if (savepoint is { } target)
        {
            targets[checkpoint] = target;
        }
    }

    /// <summary>The savepoint <paramref name="checkpoint"/> writes to; null for a periodic checkpoint.</summary>
    public SavepointId? TargetOf(CheckpointId checkpoint) => targets.TryGetValue(checkpoint, out var target) ? target : null;

    /// <summary>Registers a completed savepoint (a checkpoint of no savepoint is only forgotten) and reports it done.</summary>
    public async Task PublishAsync(CompletedCheckpoint completed, string jobName)
    {
        if (targets.Remove(completed.Id, out var savepoint) && completed.IsSavepoint)
        {
            await grains.GetGrain<ISavepointRegistryGrain>(ISavepointRegistryGrain.Key)
                .AddAsync(new SavepointSummary(savepoint, job, jobName, completed.CompletedAt, completed.StateBytes));
            JobManager.ReportSavepointOutcomeAsync(completed.Id, null).Ignore();
        }
    }

    public void OnAborted(AbortedCheckpoint aborted)
    {
        targets.Remove(aborted.Id);
        if (aborted.Kind is CheckpointKind.Savepoint or CheckpointKind.SavepointThenStop)
        {
            JobManager.ReportSavepointOutcomeAsync(aborted.Id, $"The savepoint was aborted: {aborted.Reason}").Ignore();
        }
    }
}
