using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Lifecycle;

namespace GrainFlow.Runtime.Jobs;

/// <summary>Turns the user-facing spec sections (milliseconds, names) into the protocol's settings and strategies.</summary>
public static class SpecSettings
{
    public static CheckpointSettings Checkpoints(CheckpointingSpec spec) => new(
        TimeSpan.FromMilliseconds(spec.IntervalMs),
        TimeSpan.FromMilliseconds(spec.TimeoutMs),
        TimeSpan.FromMilliseconds(spec.MinPauseMs),
        spec.MaxConcurrent,
        spec.Mode,
        spec.TolerableFailures,
        spec.Retained,
        spec.Incremental);

    public static IRestartStrategy Restarts(RestartStrategySpec spec) => RestartStrategyFactory.Create(
        spec.Type switch
        {
            RestartStrategyType.None => RestartStrategyKind.None,
            RestartStrategyType.FixedDelay => RestartStrategyKind.FixedDelay,
            RestartStrategyType.FailureRate => RestartStrategyKind.FailureRate,
            _ => RestartStrategyKind.ExponentialDelay,
        },
        attempts: spec.Attempts,
        delay: TimeSpan.FromMilliseconds(spec.DelayMs),
        initialDelay: TimeSpan.FromMilliseconds(spec.InitialDelayMs),
        maxDelay: TimeSpan.FromMilliseconds(spec.MaxDelayMs),
        multiplier: spec.Multiplier,
        maxFailures: spec.MaxFailures,
        interval: TimeSpan.FromMilliseconds(spec.IntervalMs));
}
