using GrainFlow.Jobs;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.Operators.Api;
using GrainFlow.Runtime.Jobs;
using GrainFlow.Runtime.Lifecycle;

namespace GrainFlow.Silo.Demo;

/// <summary>
/// <c>--demo</c>: once the host (and so the silo) has started, submits <see cref="DemoJobSpec"/> through the same
/// <see cref="IJobService"/> the REST API uses, then polls the job every
/// <see cref="PollPeriod"/> and prints one plain line per completed checkpoint and per status change, until the job
/// ends or the host stops. On Ctrl+C it cancels the job while the silo is still up (hosted services stop in reverse
/// order, so this one stops before the silo), so the sources do not run into a silo that is shutting down.
/// </summary>
public sealed class DemoJobService(
    IJobService jobs,
    FilePathResolver files,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DemoJobService> logger) : BackgroundService
{
    /// <summary>Five polls per one-second checkpoint interval, so each line appears within a fifth of a second.</summary>
    public static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(200);

    /// <summary>The job this service submitted, so stopping the host can cancel it; null until the submission succeeded.</summary>
    private JobId? _submitted;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_submitted is { } job)
        {
            await jobs.CancelAsync(job).WaitAsync(cancellationToken);
            Console.WriteLine(StatusLine(await jobs.GetAsync(job).WaitAsync(cancellationToken)));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await HostStartedAsync(stoppingToken))
        {
            return;
        }

        JobId job;
        try
        {
            job = await SubmitAsync();
            _submitted = job;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogSubmissionFailed(e);
            return;
        }

        Console.WriteLine($"demo job {job} submitted; output goes to {files.Resolve("out/demo")}");
        await WatchAsync(job, stoppingToken);
    }

    private Task<JobId> SubmitAsync() => jobs.SubmitAsync(JobSpecJson.Parse(DemoJobSpec.Json));

    private async Task WatchAsync(JobId job, CancellationToken stoppingToken)
    {
        var progress = new CheckpointProgress();
        JobStatus? lastStatus = null;
        using var timer = new PeriodicTimer(PollPeriod, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var view = await jobs.GetAsync(job);
                    var stats = await jobs.GetCheckpointStatsAsync(job);
                    foreach (var line in progress.NewlyCompleted(stats))
                    {
                        Console.WriteLine(line);
                    }

                    if (view.Status != lastStatus)
                    {
                        lastStatus = view.Status;
                        Console.WriteLine(StatusLine(view));
                    }

                    if (JobStatusTransitions.IsTerminal(view.Status))
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogPollFailed(e, job);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is stopping, and the job stops with the silo.
        }
    }

    private static string StatusLine(JobView view) =>
        $"job {view.Job} {view.Status.ToString().ToLowerInvariant()} (attempt {view.Attempt.Value}, restarts {view.Restarts})"
        + (view.FailureCause is { } cause ? $": {cause}" : string.Empty);

    /// <summary>Waits until every hosted service, the silo included, has started; false when the host stops first.</summary>
    private async Task<bool> HostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
