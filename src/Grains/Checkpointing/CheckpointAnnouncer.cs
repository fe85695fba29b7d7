using GrainFlow.Model;
using GrainFlow.Runtime;
using GrainFlow.Runtime.Channels;

namespace GrainFlow.Checkpointing;

/// <summary>
/// Sends the coordinator's word to subtasks: barrier triggers to the sources, and completion or abort of a
/// checkpoint to every subtask. All one-way, so the coordinator never waits on a subtask that is busy or gone.
/// </summary>
public sealed class CheckpointAnnouncer(IGrainFactory grains)
{
    public void TriggerSources(CoordinatorStart run, CheckpointBarrier barrier)
    {
        foreach (var source in run.Sources)
        {
            Subtask(source).TriggerCheckpointAsync(run.Attempt, barrier).Ignore();
        }
    }

    public void Completed(CoordinatorStart run, CheckpointId checkpoint)
    {
        foreach (var subtask in run.Subtasks)
        {
            Subtask(subtask).NotifyCheckpointCompleteAsync(run.Attempt, checkpoint).Ignore();
        }
    }

    public void Aborted(IEnumerable<SubtaskId> subtasks, Attempt attempt, CheckpointId checkpoint)
    {
        foreach (var subtask in subtasks)
        {
            Subtask(subtask).NotifyCheckpointAbortedAsync(attempt, checkpoint).Ignore();
        }
    }

    private ISubtaskGrain Subtask(SubtaskId subtask) => grains.GetGrain<ISubtaskGrain>(subtask.GrainKey);
}
