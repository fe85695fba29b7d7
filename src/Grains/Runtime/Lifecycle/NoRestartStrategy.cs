namespace GrainFlow.Runtime.Lifecycle;

/// <summary>Restarts are off (<c>none</c>): the first failure fails the job.</summary>
public sealed class NoRestartStrategy : IRestartStrategy
{
    public RestartStrategyKind Kind => RestartStrategyKind.None;

    public RestartDecision OnFailure(DateTimeOffset now) => RestartDecision.GiveUp("Restarts are disabled (restart strategy none).");
}
