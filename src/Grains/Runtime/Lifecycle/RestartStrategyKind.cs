namespace GrainFlow.Runtime.Lifecycle;

/// <summary>The restart strategies a job spec can name (<c>none</c>, <c>fixedDelay</c>, <c>exponentialDelay</c>, <c>failureRate</c>).</summary>
public enum RestartStrategyKind
{
    None = 0,
    FixedDelay = 1,
    ExponentialDelay = 2,
    FailureRate = 3,
}
