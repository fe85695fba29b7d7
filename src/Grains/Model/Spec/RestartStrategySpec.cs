namespace GrainFlow.Model.Spec;

/// <summary>
/// How a failed job is restarted. All parameters are kept whatever the <see cref="Type"/>, so the spec round-trips;
/// only those of the chosen type take effect. Defaults are Flink's, except the exponential delays, which are the
/// design's (100 ms growing to 10 s).
/// </summary>
[GenerateSerializer, Immutable]
public sealed class RestartStrategySpec
{
    [Id(0)] public RestartStrategyType Type { get; init; } = RestartStrategyType.ExponentialDelay;

    /// <summary>Fixed delay: how many restarts are allowed before the job fails.</summary>
    [Id(1)] public int Attempts { get; init; } = 1;

    /// <summary>Fixed delay and failure rate: the wait before each restart.</summary>
    [Id(2)] public long DelayMs { get; init; } = 1000;

    [Id(3)] public long InitialDelayMs { get; init; } = 100;

    [Id(4)] public long MaxDelayMs { get; init; } = 10000;

    [Id(5)] public double Multiplier { get; init; } = 2.0;

    /// <summary>Failure rate: the most failures tolerated within <see cref="IntervalMs"/>.</summary>
    [Id(6)] public int MaxFailures { get; init; } = 1;

    [Id(7)] public long IntervalMs { get; init; } = 60000;
}
