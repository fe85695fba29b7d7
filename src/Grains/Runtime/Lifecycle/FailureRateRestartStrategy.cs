namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// Restarts with a fixed delay as long as failures stay rare, as Flink's failure-rate strategy: a job may fail up to
/// <c>maxFailures</c> times within any window of <c>interval</c>; the failure that makes it one more fails the job.
/// </summary>
public sealed class FailureRateRestartStrategy : IRestartStrategy
{
    private readonly int maxFailures;
    private readonly TimeSpan interval;
    private readonly TimeSpan delay;

    /// <summary>When the failures within the current window happened, oldest first.</summary>
    private readonly Queue<DateTimeOffset> recentFailures = new();

    public FailureRateRestartStrategy(int maxFailures, TimeSpan interval, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        this.maxFailures = maxFailures;
        this.interval = interval;
        this.delay = delay;
    }

    public RestartStrategyKind Kind => RestartStrategyKind.FailureRate;

    public RestartDecision OnFailure(DateTimeOffset now)
    {
        while (recentFailures.Count > 0 && now - recentFailures.Peek() >= interval)
        {
            recentFailures.Dequeue();
        }

        recentFailures.Enqueue(now);
        return recentFailures.Count <= maxFailures
            ? RestartDecision.Restart(delay)
            : RestartDecision.GiveUp(
                $"The job failed {recentFailures.Count} times within {interval}; the failure-rate restart strategy allows {maxFailures}.");
    }
}
