namespace GrainFlow.Operators.Api;

/// <summary>What a source reports after a poll.</summary>
public enum SourceStatus
{
    /// <summary>Records were emitted or more are ready now.</summary>
    MoreAvailable = 0,

    /// <summary>Nothing is ready yet (rate limit, no new data); poll again after the reported delay.</summary>
    Waiting = 1,

    /// <summary>The bounded input is exhausted; the source will never emit again.</summary>
    Exhausted = 2,
}
