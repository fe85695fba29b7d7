using GrainFlow.IntegrationTests.Faults;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// Flink's promise under real crashes: three silo processes on Azure Table clustering and Azure Blob storage run a
/// keyed-sum job while silos are killed with SIGKILL (the coordinator's among them), one is frozen past its
/// membership timeout, and storage stops answering for 15 s (Azurite frozen: every request hangs, none is refused);
/// the committed output is still exactly the failure-free one. A hung store is the harder case for the coordinator:
/// a checkpoint's writes must end at its deadline, or nothing expires and nothing is counted while storage hangs.
/// (Storage refusing every request, Azurite stopped, is <see cref="StorageOutageTests"/>.)
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class KilledSiloTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_frozen_and_storage_starved_silos_leave_the_output_exactly_once()
    {
        await using var run = await FaultRun.StartAsync(output, "killed-silos", count: 240_000);
        var faults = run.Faults;

        await KillsAsync(faults, kills: 5);
        var frozen = await faults.FreezePastMembershipTimeoutAsync(faults.RandomSilo());
        var storage = await faults.StorageFreezeAsync(TimeSpan.FromSeconds(15));

        run.Report.Line($"kill -> next completed checkpoint: {faults.Kills}; coordinator kills {faults.CoordinatorKills}");
        run.Report.Line($"freeze -> next completed checkpoint: {frozen.TotalMilliseconds:0} ms; storage answering again -> next completed checkpoint: {storage.Recovery.TotalMilliseconds:0} ms");
        Assert.True(faults.CoordinatorKills >= 1, "no kill hit the coordinator's silo");
        Assert.True(storage.FailedAfter > storage.FailedBefore, $"no checkpoint failed while storage hung ({storage.FailedBefore} before, {storage.FailedAfter} after)");
        await run.AssertFinishedExactlyOnceAsync(TimeSpan.FromMinutes(4));
    }

    /// <summary>
    /// Kills a random silo after each newly completed checkpoint; the second kill aims at the coordinator's silo,
    /// so the coordinator is lost at least once whatever the random choices were.
    /// </summary>
    internal static async Task KillsAsync(FaultInjector faults, int kills)
    {
        for (var kill = 0; kill < kills; kill++)
        {
            await faults.WaitForNewCheckpointAsync();
            await faults.KillAndRestartAsync(kill == 1 ? faults.CoordinatorSilo() : faults.RandomSilo());
        }
    }
}
