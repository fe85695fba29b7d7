namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// Builds a restart strategy from plain values (the job spec is parsed elsewhere); an absent value takes the default
/// below. Defaults follow Flink's, except the exponential ones, which follow GrainFlow's job spec example.
/// </summary>
public static class RestartStrategyFactory
{
    public const int DefaultFixedDelayAttempts = 1;
    public const int DefaultMaxFailures = 1;
    public const double DefaultMultiplier = 2.0;
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultInitialDelay = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultFailureInterval = TimeSpan.FromMinutes(1);

    public static IRestartStrategy Create(
        RestartStrategyKind kind,
        int? attempts = null,
        TimeSpan? delay = null,
        TimeSpan? initialDelay = null,
        TimeSpan? maxDelay = null,
        double? multiplier = null,
        int? maxFailures = null,
        TimeSpan? interval = null) => kind switch
    {
        RestartStrategyKind.None => new NoRestartStrategy(),
        RestartStrategyKind.FixedDelay => new FixedDelayRestartStrategy(attempts ?? DefaultFixedDelayAttempts, delay ?? DefaultDelay),
        RestartStrategyKind.ExponentialDelay => new ExponentialDelayRestartStrategy(
            initialDelay ?? DefaultInitialDelay,
            maxDelay ?? TimeSpan.FromTicks(Math.Max(DefaultMaxDelay.Ticks, (initialDelay ?? DefaultInitialDelay).Ticks)),
            multiplier ?? DefaultMultiplier),
        RestartStrategyKind.FailureRate => new FailureRateRestartStrategy(
            maxFailures ?? DefaultMaxFailures, interval ?? DefaultFailureInterval, delay ?? DefaultDelay),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown restart strategy."),
    };
}
