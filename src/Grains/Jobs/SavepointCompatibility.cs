using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Jobs;

/// <summary>
/// Flink's rules for starting a job from a savepoint: state maps by operator uid; state for a uid the new spec lacks
/// is refused unless <c>allowNonRestoredState</c>; operators new in the spec start empty; parallelism may change
/// (key groups are redistributed), the max parallelism (the number of key groups) may not.
/// </summary>
public static class SavepointCompatibility
{
    public static void Check(CheckpointMetadata savepoint, JobSpec spec, bool allowNonRestoredState)
    {
        if (savepoint.Spec.MaxParallelism != spec.MaxParallelism)
        {
            throw new SavepointRestoreException("maxParallelism",
                $"The savepoint was taken with maxParallelism {savepoint.Spec.MaxParallelism}; the job declares {spec.MaxParallelism}. " +
                "The number of key groups cannot change across a savepoint.");
        }

        var uids = spec.Operators.Select(o => new OperatorUid(o.Uid)).ToHashSet();
        var orphaned = savepoint.Checkpoint.HandlesByOperator
            .Where(o => o.Value.Count > 0 && !uids.Contains(o.Key))
            .Select(o => o.Key.Value)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (orphaned.Count > 0 && !allowNonRestoredState)
        {
            throw new SavepointRestoreException("fromSavepoint",
                $"The savepoint holds state for operator(s) {string.Join(", ", orphaned.Select(u => $"'{u}'"))} that the job does not have; " +
                "set allowNonRestoredState to start without it.");
        }
    }
}
