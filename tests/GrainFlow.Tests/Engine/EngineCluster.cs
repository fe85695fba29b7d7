using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Graph;
using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Registry;
using GrainFlow.Runtime;
using GrainFlow.Runtime.Channels;
using GrainFlow.Runtime.Jobs;
using GrainFlow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using Microsoft.Extensions.Logging;
using Xunit;

namespace GrainFlow.Tests.Engine;

/// <summary>
/// A real two-silo in-process Orleans cluster running the GrainFlow engine on the embedded default storage (a local
/// directory), with the test's <see cref="ChaosSumFunction"/> registered as a user operator. Jobs are submitted the
/// way the API will submit them: validated against the silo's operator registry, then handed to the job manager.
/// </summary>
public class EngineCluster : IAsyncLifetime
{
    /// <summary>The channel transport the cluster's jobs run on; the default one unless a subclass says otherwise.</summary>
    protected virtual ChannelTransport Transport => new RuntimeOptions().Transport;

    private InProcessTestCluster? _cluster;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "grainflow-engine-" + Guid.NewGuid().ToString("n")[..8]);

    public IClusterClient Client => _cluster!.Client;

    public IServiceProvider SiloServices => _cluster!.Silos[0].ServiceProvider;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.Services.AddLogging(l => l.AddConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning)));
        builder.ConfigureSilo((_, silo) => silo.UseInMemoryReminderService());
        var transport = Transport;
        builder.ConfigureSilo((_, silo) => silo.Services.Configure<RuntimeOptions>(o => o.Transport = transport));
        builder.ConfigureSilo((_, silo) => silo.AddGrainFlow(
            options => options.DataDirectory = DataDirectory,
            configureOperators: operators => operators.AddKeyedProcessFunction(ChaosSumFunction.TypeName, _ => new ChaosSumFunction())));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    public async Task<JobId> SubmitAsync(string specJson, JobId? restoreJob = null, CompletedCheckpoint? restoreFrom = null)
    {
        var spec = JobSpecJson.Parse(specJson);
        JobSpecValidator.Validate(spec, SiloServices.GetRequiredService<OperatorRegistry>());
        var job = JobId.New();
        await Client.GetGrain<IJobManagerGrain>(job.Value).SubmitAsync(new JobSubmission(spec, restoreJob, restoreFrom));
        return job;
    }

    public IJobService Jobs => SiloServices.GetRequiredService<IJobService>();

    public async Task<JobView> JobAsync(JobId job) => (await Client.GetGrain<IJobManagerGrain>(job.Value).GetAsync())!;

    public Task<CheckpointStatsSnapshot> CheckpointsAsync(JobId job) =>
        Client.GetGrain<ICheckpointCoordinatorGrain>(job.Value).GetStatsAsync();

    /// <summary>Polls until <paramref name="condition"/> holds; fails with the last observed job view after the timeout.</summary>
    public async Task WaitUntilAsync(JobId job, Func<JobView, CheckpointStatsSnapshot, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        JobView view;
        CheckpointStatsSnapshot stats;
        do
        {
            view = await JobAsync(job);
            stats = await CheckpointsAsync(job);
            if (condition(view, stats))
            {
                return;
            }

            if (view.Status is JobStatus.Failed or JobStatus.Canceled)
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        var operators = string.Join(", ", view.Operators.Select(o => $"{o.Uid} in {o.RecordsIn} out {o.RecordsOut}"));
        Assert.Fail($"Waited for {what}; job is {view.Status} at attempt {view.Attempt} after {view.Restarts} restarts " +
            $"({view.FailureCause}); {operators}; checkpoints completed {stats.Counts.Completed}, failed {stats.Counts.Failed}, " +
            $"in progress {stats.Counts.InProgress}");
    }

    public Task WaitForStatusAsync(JobId job, JobStatus status, TimeSpan timeout) =>
        WaitUntilAsync(job, (view, _) => view.Status == status, timeout, $"status {status}");

    public string FilesDirectory(string relative) => Path.Combine(DataDirectory, "files", relative);
}
