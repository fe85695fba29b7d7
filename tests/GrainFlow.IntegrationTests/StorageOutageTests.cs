using GrainFlow.IntegrationTests.Faults;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// Storage gone for a whole minute: checkpoints fail and are counted, the job restarts per its strategy (it cannot
/// restore while storage is away, so it keeps retrying with back-off), nothing half-written is restored, and once
/// Azurite is back checkpoints complete again and the output is exactly once. (Storage that hangs instead of
/// refusing is part of <see cref="KilledSiloTests"/>.) A soak test: the minute alone would stretch the CI suite past its budget.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [SoakFact]
    public async Task A_minute_without_storage_fails_checkpoints_then_the_job_recovers_exactly_once()
    {
        await using var run = await FaultRun.StartAsync(output, "storage-outage", count: 160_000);

        await run.Faults.WaitForNewCheckpointAsync();
        var storage = await run.Faults.StorageOutageAsync(TimeSpan.FromSeconds(60));

        run.Report.Line($"Azurite return -> next completed checkpoint: {storage.Recovery.TotalMilliseconds:0} ms; failed checkpoints {storage.FailedBefore} -> {storage.FailedAfter}");
        Assert.True(storage.FailedAfter > storage.FailedBefore, $"no checkpoint failed while Azurite was down ({storage.FailedBefore} before, {storage.FailedAfter} after)");
        await run.AssertFinishedExactlyOnceAsync(TimeSpan.FromMinutes(4));
    }
}
