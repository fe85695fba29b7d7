namespace GrainFlow.Model.Spec;

/// <summary>The kinds of restart strategy, as Flink's; which parameters of <see cref="RestartStrategySpec"/> apply depends on it.</summary>
public enum RestartStrategyType
{
    /// <summary>A failure fails the job.</summary>
    None = 0,

    /// <summary>Up to <c>attempts</c> restarts, <c>delayMs</c> apart.</summary>
    FixedDelay = 1,

    /// <summary>Restarts without limit, the delay growing from <c>initialDelayMs</c> by <c>multiplier</c> up to <c>maxDelayMs</c>.</summary>
    ExponentialDelay = 2,

    /// <summary>Restarts <c>delayMs</c> apart until more than <c>maxFailures</c> occur within <c>intervalMs</c>.</summary>
    FailureRate = 3,
}
