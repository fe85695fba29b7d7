namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// Restarts forever with a delay that starts at the initial delay and grows by the multiplier up to the maximum, as
/// Flink's exponential-delay strategy. After a failure-free period (by default twice the maximum delay, Flink's
/// <c>resetBackoffThreshold</c>) the delay starts again from the initial one. Deterministic: no jitter.
/// </summary>
public sealed class ExponentialDelayRestartStrategy : IRestartStrategy
{
    private readonly TimeSpan initialDelay;
    private readonly TimeSpan maxDelay;
    private readonly double multiplier;

    /// <summary>The quiet period after which the backoff resets to <see cref="initialDelay"/>.</summary>
    private readonly TimeSpan resetThreshold;

    /// <summary>The delay the next restart waits; null before the first failure or after a reset.</summary>
    private TimeSpan? nextDelay;

    /// <summary>When the last failure happened, to detect the failure-free period.</summary>
    private DateTimeOffset? lastFailureAt;

    public ExponentialDelayRestartStrategy(TimeSpan initialDelay, TimeSpan maxDelay, double multiplier, TimeSpan? resetThreshold = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, initialDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(multiplier, 1.0);
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.multiplier = multiplier;
        this.resetThreshold = resetThreshold ?? maxDelay * 2;
    }

    public RestartStrategyKind Kind => RestartStrategyKind.ExponentialDelay;

    public RestartDecision OnFailure(DateTimeOffset now)
    {
        if (lastFailureAt is { } last && now - last >= resetThreshold)
        {
            nextDelay = null;
        }

        lastFailureAt = now;
        var delay = nextDelay ?? initialDelay;
        var grown = TimeSpan.FromTicks((long)Math.Min(delay.Ticks * multiplier, maxDelay.Ticks));
        nextDelay = grown;
        return RestartDecision.Restart(delay);
    }
}
