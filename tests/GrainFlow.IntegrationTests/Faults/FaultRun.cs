using GrainFlow.IntegrationTests.Cluster;
using GrainFlow.IntegrationTests.Jobs;
using Xunit;
using Xunit.Abstractions;

namespace GrainFlow.IntegrationTests.Faults;

/// <summary>
/// One keyed-sums job on a fresh fault cluster, from submission to the verdict on its committed output: what every
/// fault test that expects a job to survive does before and after its faults.
/// </summary>
public sealed class FaultRun : IAsyncDisposable
{
    private FaultRun(FaultCluster cluster, FaultReport report, KeyedSumsJob job, string jobId, int seed)
    {
        Cluster = cluster;
        Report = report;
        Job = job;
        JobId = jobId;
        Faults = new FaultInjector(cluster, jobId, report, seed);
    }

    public FaultCluster Cluster { get; }

    public FaultReport Report { get; }

    public KeyedSumsJob Job { get; }

    public string JobId { get; }

    public FaultInjector Faults { get; }

    /// <summary>
    /// Three silos and the standard job of <paramref name="count"/> records over 1,000 keys at 2,000 records/s, named
    /// after the test: long enough (count / 2,000 s of generation) to outlast the test's faults.
    /// </summary>
    public static Task<FaultRun> StartAsync(ITestOutputHelper output, string name, long count) =>
        StartAsync(output, name, 3, path => new KeyedSumsJob(name, count, Keys: 1_000, RatePerSecond: 2_000, path));

    /// <summary>Starts <paramref name="silos"/> silos and submits the job <paramref name="job"/> makes for the cluster's output root.</summary>
    public static async Task<FaultRun> StartAsync(ITestOutputHelper output, string name, int silos, Func<string, KeyedSumsJob> job)
    {
        var report = new FaultReport(output, name);
        var cluster = await FaultCluster.StartAsync(silos, name);
        try
        {
            var spec = job(Path.Combine(cluster.OutputRoot, "sums"));
            var jobId = await cluster.Api.SubmitAsync(spec.Spec);
            var seed = Environment.TickCount;
            report.Line($"{silos} silos up; job {jobId} submitted; fault seed {seed}; files in {cluster.Directory}");
            return new FaultRun(cluster, report, spec, jobId, seed);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the job to finish and asserts its committed output is exactly the failure-free answer.</summary>
    public async Task AssertFinishedExactlyOnceAsync(TimeSpan timeout)
    {
        var end = await Faults.WaitForEndAsync(timeout);
        var verdict = OutputVerdict.Judge(SinkOutput.Read(Job.OutputDirectory), Job.Answer);
        Report.Line($"output: {verdict}; report file {Report.File}");
        Assert.Equal("finished", end.Status);
        Assert.True(verdict.ExactlyOnce, verdict.ToString());
        Assert.Equal(Job.Count, verdict.Records);
        Cluster.MarkPassed();
    }

    public ValueTask DisposeAsync() => Cluster.DisposeAsync();
}
