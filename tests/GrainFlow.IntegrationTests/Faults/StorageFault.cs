namespace GrainFlow.IntegrationTests.Faults;

/// <summary>What a storage fault did: the failed checkpoints counted before and after it, and the time from its end to the next completed checkpoint.</summary>
public sealed record StorageFault(long FailedBefore, long FailedAfter, TimeSpan Recovery);
