using GrainFlow.IntegrationTests.Faults;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests;

/// <summary>
/// The kill test, long: 30 SIGKILLs of random silos (the coordinator's among them), each right after a completed
/// checkpoint, on a job long enough to outlast them (a kill, its recovery and the silo's restart took about 20 s on
/// a busy 2-core machine, and the job made progress about half of that time: 600,000 records lasted 26 kills, so
/// twice that). Run by hand with <c>GRAINFLOW_SOAK=1</c>.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    [SoakFact]
    public async Task Thirty_killed_silos_leave_the_output_exactly_once()
    {
        await using var run = await FaultRun.StartAsync(output, "soak", count: 1_200_000);

        await KilledSiloTests.KillsAsync(run.Faults, kills: 30);

        run.Report.Line($"kill -> next completed checkpoint: {run.Faults.Kills}; coordinator kills {run.Faults.CoordinatorKills}");
        await run.AssertFinishedExactlyOnceAsync(TimeSpan.FromMinutes(8));
    }
}
