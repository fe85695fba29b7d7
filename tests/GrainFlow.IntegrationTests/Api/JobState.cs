namespace GrainFlow.IntegrationTests.Api;

/// <summary>What <c>GET /api/jobs/{id}</c> says about a job's progress through its lifecycle.</summary>
public sealed record JobState(string Status, int Attempt, int Restarts, string? FailureCause)
{
    public bool IsTerminal => Status is "finished" or "failed" or "canceled" or "stopped";
}
