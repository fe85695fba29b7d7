using System.Globalization;
using GrainFlow.Model.Spec;
using GrainFlow.State;

namespace GrainFlow.Graph;

/// <summary>
/// Checks the job-wide numbers: max parallelism within Flink's bounds, checkpoint timings that a coordinator can
/// honour, and restart strategy parameters that describe a real schedule.
/// </summary>
internal static class SettingsValidator
{
    /// <summary>The shortest checkpoint interval and timeout, as Flink's minimum of 10 ms.</summary>
    public const long MinimumCheckpointMs = 10;

    public static void Check(JobSpec spec, List<SpecError> errors)
    {
        if (spec.MaxParallelism < 1 || spec.MaxParallelism > KeyGroupAssigner.UpperBoundMaxParallelism)
        {
            errors.Add(new SpecError("maxParallelism",
                $"must be between 1 and {KeyGroupAssigner.UpperBoundMaxParallelism}, not {spec.MaxParallelism}"));
        }

        CheckCheckpointing(spec.Checkpointing, errors);
        CheckRestart(spec.RestartStrategy, errors);
    }

    private static void CheckCheckpointing(CheckpointingSpec c, List<SpecError> errors)
    {
        if (c.IntervalMs < 0 || (c.IntervalMs > 0 && c.IntervalMs < MinimumCheckpointMs))
        {
            errors.Add(new SpecError("checkpointing.intervalMs",
                $"must be 0 (periodic checkpoints off) or at least {MinimumCheckpointMs}, not {c.IntervalMs}"));
        }

        AtLeast(errors, "checkpointing.timeoutMs", c.TimeoutMs, MinimumCheckpointMs);
        AtLeast(errors, "checkpointing.minPauseMs", c.MinPauseMs, 0);
        AtLeast(errors, "checkpointing.maxConcurrent", c.MaxConcurrent, 1);
        AtLeast(errors, "checkpointing.tolerableFailures", c.TolerableFailures, 0);
        AtLeast(errors, "checkpointing.retained", c.Retained, 1);
    }

    private static void CheckRestart(RestartStrategySpec r, List<SpecError> errors)
    {
        AtLeast(errors, "restartStrategy.attempts", r.Attempts, 0);
        AtLeast(errors, "restartStrategy.delayMs", r.DelayMs, 0);
        AtLeast(errors, "restartStrategy.initialDelayMs", r.InitialDelayMs, 0);
        if (r.MaxDelayMs < r.InitialDelayMs)
        {
            errors.Add(new SpecError("restartStrategy.maxDelayMs",
                $"must be at least initialDelayMs ({r.InitialDelayMs}), not {r.MaxDelayMs}"));
        }

        if (!(r.Multiplier >= 1.0) || double.IsInfinity(r.Multiplier))
        {
            errors.Add(new SpecError("restartStrategy.multiplier", $"must be a finite number of at least 1, not {r.Multiplier.ToString(CultureInfo.InvariantCulture)}"));
        }

        AtLeast(errors, "restartStrategy.maxFailures", r.MaxFailures, 1);
        AtLeast(errors, "restartStrategy.intervalMs", r.IntervalMs, 1);
    }

    private static void AtLeast(List<SpecError> errors, string field, long value, long minimum)
    {
        if (value < minimum)
        {
            errors.Add(new SpecError(field, $"must be at least {minimum}, not {value}"));
        }
    }
}
