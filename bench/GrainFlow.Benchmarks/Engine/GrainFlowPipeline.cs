using GrainFlow.Benchmarks.Harness;
using GrainFlow.Benchmarks.Workloads;
using GrainFlow.Checkpointing;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Runtime.Jobs;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The GrainFlow variant: the job submitted through <see cref="Jobs.IJobService"/> to the in-process silo, measured
/// at its counting sink; checkpoint figures come from the coordinator's completed-checkpoint statistics (trigger to
/// metadata committed, and the state bytes of every acknowledgement).
/// </summary>
public sealed class GrainFlowPipeline(GrainFlowSilo silo, PipelineConfig config) : IRestorablePipeline
{
    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromMinutes(2);
    private readonly JobSpec _spec = JobSpecJson.Parse(GrainFlowSpecs.For(config));
    private JobId? _job;
    private JobId? _checkpointedJob;
    private CompletedCheckpoint? _checkpoint;

    public string Variant => "grainflow";

    public PipelineProbe Probe { get; private set; } = new(config.RecordLatency);

    public async Task StartAsync()
    {
        SinkProbes.Current = Probe;
        _job = await silo.Jobs.SubmitAsync(_spec);
        await WaitForStatusAsync(JobStatus.Running);
    }

    public async Task<CheckpointFigures> CheckpointsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        var stats = await silo.Jobs.GetCheckpointStatsAsync(_job!.Value);
        var completed = stats.History
            .Where(e => e.Status == CheckpointStatsStatus.Completed && e.DurationMs is not null)
            .Select(e => (Entry: e, CompletedAt: e.TriggeredAt + TimeSpan.FromMilliseconds(e.DurationMs!.Value)))
            .Where(e => e.CompletedAt >= from && e.CompletedAt <= to)
            .ToList();
        return CheckpointFigures.InWindow(completed.Select(e => (e.CompletedAt, (double)e.Entry.DurationMs!.Value, e.Entry.StateBytes)), from, to) with
        {
            Parts = completed.Select(e => new CheckpointParts(
                e.Entry.Subtasks.Max(s => (double?)s.SyncDurationMs) ?? 0,
                e.Entry.Subtasks.Max(s => (double?)s.AsyncDurationMs) ?? 0,
                e.Entry.Subtasks.Max(s => (double?)s.AlignmentDurationMs) ?? 0)).ToList(),
            WrittenBytes = completed.Select(e => e.Entry.CheckpointedBytes).ToList(),
        };
    }

    public async Task CheckpointAndStopAsync()
    {
        var job = _job!.Value;
        var id = await silo.Jobs.TriggerCheckpointAsync(job);
        await WaitUntilAsync(async () => (await silo.Jobs.GetCheckpointStatsAsync(job)).Find(id)?.Status == CheckpointStatsStatus.Completed,
            $"checkpoint {id} of job {job} to complete");
        _checkpoint = await silo.Grains.GetGrain<ICheckpointCoordinatorGrain>(job.Value).GetLatestCompletedAsync();
        _checkpointedJob = job;
        await CancelAsync();
    }

    public async Task RestartFromCheckpointAsync()
    {
        Probe = new PipelineProbe(config.RecordLatency);
        SinkProbes.Current = Probe;
        _job = JobId.New();
        await silo.Grains.GetGrain<IJobManagerGrain>(_job.Value.Value).SubmitAsync(new JobSubmission(_spec, _checkpointedJob, _checkpoint));
    }

    public async Task<string> RestoreEvidenceAsync()
    {
        var stats = await silo.Jobs.GetCheckpointStatsAsync(_job!.Value);
        return $"restored checkpoint {_checkpoint?.Id} ({_checkpoint?.StateBytes} bytes); restored count {stats.Counts.Restored}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_job is not null)
        {
            await CancelAsync();
        }
    }

    private async Task CancelAsync()
    {
        var job = _job!.Value;
        var view = await silo.Jobs.GetAsync(job);
        if (view.Status is JobStatus.Running or JobStatus.Created or JobStatus.Restarting)
        {
            await silo.Jobs.CancelAsync(job);
            await WaitForStatusAsync(JobStatus.Canceled);
        }

        _job = null;
    }

    private Task WaitForStatusAsync(JobStatus status) =>
        WaitUntilAsync(async () =>
        {
            var view = await silo.Jobs.GetAsync(_job!.Value);
            return view.Status == status
                ? true
                : view.Status is JobStatus.Failed ? throw new InvalidOperationException($"Job {_job} failed: {view.FailureCause}") : false;
        }, $"job {_job} to be {status}");

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + PhaseTimeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {PhaseTimeout} for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
