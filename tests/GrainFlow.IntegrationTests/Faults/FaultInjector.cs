using GrainFlow.IntegrationTests.Api;
using GrainFlow.IntegrationTests.Cluster;
using GrainFlow.IntegrationTests.Processes;

namespace GrainFlow.IntegrationTests.Faults;

/// <summary>
/// Injects real faults into a running job's cluster and times how long each takes to heal, as a Flink HA test
/// does with <c>kill -9</c>: kills a silo right after a checkpoint completes and starts it again, freezes one past
/// its membership timeout, stops storage. Each fault waits for the next checkpoint triggered after it to complete;
/// that is the recovery time.
/// </summary>
public sealed class FaultInjector(FaultCluster cluster, string job, FaultReport report, int seed)
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(2);
    private readonly Random _random = new(seed);
    private long _lastSeenCheckpoint;

    /// <summary>Kill (SIGKILL) to next completed checkpoint.</summary>
    public RecoveryTimes Kills { get; } = new();

    public int CoordinatorKills { get; private set; }

    /// <summary>Waits for a checkpoint newer than any seen so far: faults land right after a completion.</summary>
    public async Task<CheckpointView> WaitForNewCheckpointAsync()
    {
        var latest = await Deadline.WaitForAsync(async () =>
        {
            await FailIfEndedAsync();
            var view = await cluster.Api.GetCheckpointsAsync(job);
            return view.LatestCompleted is { } c && c.Id > _lastSeenCheckpoint ? c : null;
        }, RecoveryTimeout, $"a checkpoint of job {job} after {_lastSeenCheckpoint}");
        _lastSeenCheckpoint = latest.Id;
        return latest;
    }

    public SiloProcess RandomSilo() => cluster.Silos[_random.Next(cluster.Silos.Count)];

    public SiloProcess CoordinatorSilo() =>
        cluster.CoordinatorHost(job) ?? throw new InvalidOperationException($"No serving silo logged activating the coordinator of job {job}.");

    /// <summary>
    /// SIGKILLs <paramref name="silo"/>, starts it again on its ports while the job recovers without it (a process
    /// start takes seconds on a busy machine), and times the recovery.
    /// </summary>
    public async Task KillAndRestartAsync(SiloProcess silo)
    {
        var coordinator = cluster.CoordinatorHost(job) == silo;
        CoordinatorKills += coordinator ? 1 : 0;
        var before = await cluster.Api.GetJobAsync(job);
        var killedAt = DateTimeOffset.UtcNow;
        await silo.KillAsync();
        report.Line($"kill -9 {silo.Name}{(coordinator ? " (hosting the coordinator)" : string.Empty)} at attempt {before.Attempt}");
        var restart = RestartAsync(silo, killedAt);
        try
        {
            Kills.Add(await RecoveredAsync(killedAt, $"kill of {silo.Name}"));
        }
        finally
        {
            await restart;
        }
    }

    /// <summary>
    /// SIGKILLs every silo at once (the whole service is lost: no silo is left to notice anything), starts them all
    /// again as fresh processes, and times the recovery; nobody resubmits the job.
    /// </summary>
    public async Task<TimeSpan> KillAndRestartEverySiloAsync()
    {
        var before = await cluster.Api.GetJobAsync(job);
        var killedAt = DateTimeOffset.UtcNow;
        await Task.WhenAll(cluster.Silos.Select(s => s.KillAsync()));
        report.Line($"kill -9 every silo ({cluster.Silos.Count}) at attempt {before.Attempt}");
        await Task.WhenAll(cluster.Silos.Select(s => RestartAsync(s, killedAt)));
        return await RecoveredAsync(killedAt, "loss of every silo");
    }

    private async Task RestartAsync(SiloProcess silo, DateTimeOffset killedAt)
    {
        await silo.StartAsync();
        report.Line($"{silo.Name} restarted, ready {(DateTimeOffset.UtcNow - killedAt).TotalMilliseconds:0} ms after the kill");
    }

    /// <summary>
    /// SIGSTOPs <paramref name="silo"/> until the membership table says it is dead, then SIGCONTs it. Orleans makes a
    /// silo that finds itself declared dead stop; it is started again once it has. Returns the recovery time.
    /// </summary>
    public async Task<TimeSpan> FreezePastMembershipTimeoutAsync(SiloProcess silo)
    {
        var frozenAt = DateTimeOffset.UtcNow;
        silo.Freeze();
        report.Line($"kill -STOP {silo.Name}");
        await Deadline.UntilAsync(async () => await cluster.Membership.StatusOfAsync(silo.SiloPort) == "Dead",
            TimeSpan.FromSeconds(60), $"the cluster to declare the frozen {silo.Name} dead");
        report.Line($"{silo.Name} declared dead after {(DateTimeOffset.UtcNow - frozenAt).TotalMilliseconds:0} ms; kill -CONT");
        silo.Resume();
        var exited = await silo.WaitForExitAsync(TimeSpan.FromSeconds(30));
        report.Line(exited
            ? $"{silo.Name} stopped itself after resuming, as a silo declared dead must"
            : $"{silo.Name} was still running 30 s after resuming although declared dead; killing it");
        if (!exited)
        {
            await silo.KillAsync();
        }

        await silo.StartAsync();
        report.Line($"{silo.Name} started again");
        return await RecoveredAsync(frozenAt, $"freeze of {silo.Name}");
    }

    /// <summary>
    /// Stops Azurite while a checkpoint is in progress, keeps it down for <paramref name="outage"/>, starts it again,
    /// and waits for a checkpoint triggered after its return to complete. Every request is refused while it is down.
    /// </summary>
    public Task<StorageFault> StorageOutageAsync(TimeSpan outage) =>
        StorageFaultAsync("Azurite stopped", async () =>
        {
            // A graceful stop can take most of the outage while Azurite still answers, so the outage counts from the
            // moment it is down.
            var stopping = DateTimeOffset.UtcNow;
            await cluster.Azurite.StopAsync();
            return $"closing took {(DateTimeOffset.UtcNow - stopping).TotalSeconds:0.0} s";
        }, outage, cluster.Azurite.StartAsync);

    /// <summary>
    /// Freezes Azurite (SIGSTOP) while a checkpoint is in progress for <paramref name="outage"/>, then lets it run on,
    /// and waits for a checkpoint triggered after that to complete. Nothing is refused: every request hangs, which is
    /// what freezes a caller that waits on storage without a deadline.
    /// </summary>
    public Task<StorageFault> StorageFreezeAsync(TimeSpan outage) =>
        StorageFaultAsync("Azurite frozen", () =>
        {
            cluster.Azurite.Freeze();
            return Task.FromResult("kill -STOP");
        }, outage, () =>
        {
            cluster.Azurite.Resume();
            return Task.CompletedTask;
        });

    /// <summary>Counts the failed checkpoints before and after a storage fault and times the recovery from its end.</summary>
    private async Task<StorageFault> StorageFaultAsync(string fault, Func<Task<string>> begin, TimeSpan outage, Func<Task> end)
    {
        var before = await Deadline.WaitForAsync(async () =>
        {
            await FailIfEndedAsync();
            var view = await cluster.Api.GetCheckpointsAsync(job);
            return view.InProgress > 0 ? view : null;
        }, RecoveryTimeout, "a checkpoint in progress");
        var how = await begin();
        var begunAt = DateTimeOffset.UtcNow;
        try
        {
            report.Line($"{fault} mid-checkpoint ({before.Completed} completed, {before.Failed} failed so far); {how}");

            // The outage's length is the fault itself, not a wait for some state: nothing to poll for. Halfway through,
            // an operator's look at the checkpoint statistics is timed: they should answer while storage does not.
            await Task.Delay(outage / 2);
            var asked = DateTimeOffset.UtcNow;
            var during = await cluster.Api.GetCheckpointsAsync(job);
            var answeredIn = DateTimeOffset.UtcNow - asked;
            report.Line($"{fault}: checkpoint statistics answered in {answeredIn.TotalMilliseconds:0} ms ({during.InProgress} in progress, {during.Failed} failed)");
            if (outage - (DateTimeOffset.UtcNow - begunAt) is { Ticks: > 0 } rest)
            {
                await Task.Delay(rest);
            }
        }
        finally
        {
            await end(); // storage comes back whatever happened, so the cluster's teardown finds it answering
        }

        var endedAt = DateTimeOffset.UtcNow;
        report.Line($"{fault}: storage back after {(endedAt - begunAt).TotalSeconds:0.0} s");
        var recovery = await RecoveredAsync(endedAt, $"end of the storage fault ({fault})");
        var after = await cluster.Api.GetCheckpointsAsync(job);
        report.Line($"checkpoints failed during the fault: {after.Failed - before.Failed} (total failed {after.Failed}, completed {after.Completed})");
        return new StorageFault(before.Failed, after.Failed, recovery);
    }

    /// <summary>Waits until the job is terminal and returns its last state.</summary>
    public async Task<JobState> WaitForEndAsync(TimeSpan timeout)
    {
        var end = await Deadline.WaitForAsync(async () =>
        {
            var state = await cluster.Api.GetJobAsync(job);
            return state.IsTerminal ? state : null;
        }, timeout, $"job {job} to end");
        report.Line($"job {job} ended {end.Status} at attempt {end.Attempt} after {end.Restarts} restarts{(end.FailureCause is { } cause ? $"; last failure: {cause}" : string.Empty)}");
        return end;
    }

    private async Task<TimeSpan> RecoveredAsync(DateTimeOffset faultAt, string fault)
    {
        var next = await Deadline.WaitForAsync(async () =>
        {
            if ((await cluster.Api.GetCheckpointsAsync(job)).FirstCompletedSince(faultAt) is { } completed)
            {
                return completed;
            }

            await FailIfEndedAsync();
            return null;
        }, RecoveryTimeout, $"a checkpoint triggered after the {fault} to complete");
        _lastSeenCheckpoint = Math.Max(_lastSeenCheckpoint, next.Id);
        var recovery = next.EndedAt!.Value - faultAt;
        var state = await cluster.Api.GetJobAsync(job);
        report.Line($"recovered from the {fault}: checkpoint {next.Id} completed {recovery.TotalMilliseconds:0} ms after it (attempt {state.Attempt}, restarts {state.Restarts})");
        return recovery;
    }

    private async Task FailIfEndedAsync()
    {
        var state = await cluster.Api.GetJobAsync(job);
        if (state.IsTerminal)
        {
            throw new InvalidOperationException(
                $"Job {job} ended {state.Status} while faults were still planned (cause: {state.FailureCause ?? "none"}); it must outlast the faults.");
        }
    }
}
