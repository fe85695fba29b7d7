namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// Restarts a fixed number of times with the same delay, as Flink's fixed-delay strategy; the failure after the
/// last allowed restart fails the job.
/// </summary>
public sealed class FixedDelayRestartStrategy : IRestartStrategy
{
    /// <summary>How many restarts are allowed over the job's life.</summary>
    private readonly int attempts;

    /// <summary>The wait before each restart.</summary>
    private readonly TimeSpan delay;

    /// <summary>How many failures happened so far.</summary>
    private int failures;

    public FixedDelayRestartStrategy(int attempts, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        this.attempts = attempts;
        this.delay = delay;
    }

    public RestartStrategyKind Kind => RestartStrategyKind.FixedDelay;

    public RestartDecision OnFailure(DateTimeOffset now)
    {
        failures++;
        return failures <= attempts
            ? RestartDecision.Restart(delay)
            : RestartDecision.GiveUp($"The fixed-delay restart strategy allows {attempts} restarts; failure {failures} exceeds them.");
    }
}
