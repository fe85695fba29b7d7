namespace GrainFlow.Runtime.Lifecycle;

/// <summary>
/// Decides whether, and after how long, a failed job restarts, as Flink's <c>RestartBackoffTimeStrategy</c>. Pure and
/// driven by the time the caller passes in (from its <see cref="TimeProvider"/>), so it is tested without waiting.
/// The job manager keeps one per job for its life and calls <see cref="OnFailure"/> once per failure.
/// </summary>
public interface IRestartStrategy
{
    RestartStrategyKind Kind { get; }

    RestartDecision OnFailure(DateTimeOffset now);
}
