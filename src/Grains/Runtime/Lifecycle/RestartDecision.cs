namespace GrainFlow.Runtime.Lifecycle;

/// <summary>A restart strategy's answer to one failure: restart after a delay, or give up with a reason the job reports.</summary>
public sealed record RestartDecision(RestartOutcome Outcome, TimeSpan Delay, string? Reason)
{
    public static RestartDecision Restart(TimeSpan delay) => new(RestartOutcome.Restart, delay, null);

    public static RestartDecision GiveUp(string reason) => new(RestartOutcome.GiveUp, TimeSpan.Zero, reason);
}
