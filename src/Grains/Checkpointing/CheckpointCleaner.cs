using System.Threading.Channels;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Checkpointing;

/// <summary>
/// Deletes what checkpoints leave behind (the checkpoints retention drops, the snapshots of aborted ones) off the
/// coordinator's turn, as Flink's <c>CheckpointsCleaner</c> does. A grain turn that awaited these deletes would hold
/// the coordinator for as long as storage is slow or down: no checkpoint would be triggered, expired or counted as
/// failed in the meantime, which is exactly when an operator needs to see them fail.
/// </summary>
/// <remarks>
/// Deletes run one at a time, in the order they were asked for, on a loop of their own. One that fails is tried again
/// after <see cref="RetryDelay"/>, up to <see cref="Attempts"/> times, then left and logged: an orphaned object costs
/// space, never correctness, because a checkpoint's metadata is deleted before its snapshots and nothing restores
/// from objects whose metadata is gone. At shutdown the loop finishes what is queued, within the host's stop timeout.
/// </remarks>
public sealed class CheckpointCleaner(CheckpointCommitter committer, ILogger<CheckpointCleaner> logger) : IHostedService
{
    /// <summary>How often a delete is tried before it is left to the operator.</summary>
    public const int Attempts = 5;

    /// <summary>The pause before a failed delete is tried again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly Channel<QueuedDiscard> _queue = Channel.CreateUnbounded<QueuedDiscard>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>
    /// Queues completed checkpoints that retention dropped: each one's metadata, then those of its snapshots that none
    /// of <paramref name="kept"/> lists, since incremental checkpoints share objects (never a savepoint's).
    /// </summary>
    public void Discard(JobId job, IEnumerable<CompletedCheckpoint> discarded, IEnumerable<CompletedCheckpoint> kept)
    {
        var registry = new SharedStateRegistry(kept);
        foreach (var checkpoint in discarded)
        {
            var objects = registry.Release(checkpoint);
            Enqueue(new QueuedDiscard($"checkpoint {checkpoint.Id} of job {job}", () => committer.DiscardAsync(job, checkpoint, objects), 1));
        }
    }

    /// <summary>Queues the snapshots that subtasks wrote for a checkpoint that aborted before its metadata was committed.</summary>
    public void DiscardHandles(CheckpointId checkpoint, IReadOnlyCollection<SubtaskAcknowledgement> acknowledgements)
    {
        if (acknowledgements.Count > 0)
        {
            Enqueue(new QueuedDiscard($"the snapshots of aborted checkpoint {checkpoint}", () => committer.DiscardHandlesAsync(acknowledgements), 1));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void Enqueue(QueuedDiscard discard)
    {
        if (!_queue.Writer.TryWrite(discard))
        {
            logger.LogDiscardLeft(discard.What, discard.Attempt, "the silo is stopping");
        }
    }

    private async Task RunAsync()
    {
        await foreach (var discard in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await discard.Run();
            }
            catch (Exception exception) when (discard.Attempt < Attempts && !_stopping.IsCancellationRequested)
            {
                logger.LogDiscardFailed(exception, discard.What, discard.Attempt);
                RetryLater(discard with { Attempt = discard.Attempt + 1 });
            }
            catch (Exception exception)
            {
                logger.LogDiscardLeft(discard.What, discard.Attempt, exception.Message);
            }
        }
    }

    private void RetryLater(QueuedDiscard discard) =>
        Task.Delay(RetryDelay, _stopping.Token).ContinueWith(
            _ => Enqueue(discard), // after StopAsync the queue refuses it, and it is logged as left
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private sealed record QueuedDiscard(string What, Func<Task> Run, int Attempt);
}
