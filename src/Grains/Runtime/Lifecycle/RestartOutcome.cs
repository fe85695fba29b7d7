namespace GrainFlow.Runtime.Lifecycle;

/// <summary>What a restart strategy says after a failure.</summary>
public enum RestartOutcome
{
    /// <summary>Restart after <see cref="RestartDecision.Delay"/>.</summary>
    Restart = 0,

    /// <summary>Fail the job for good.</summary>
    GiveUp = 1,
}
