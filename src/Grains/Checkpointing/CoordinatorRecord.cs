using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace GrainFlow.Checkpointing;

/// <summary>
/// What a job's coordinator keeps in storage, and the rules for writing it: the completed checkpoint store with its
/// statistics (one fenced record) and the last issued checkpoint id (another). Writes are fenced by the activation
/// (<see cref="FencedStateWrites"/>). The writes a checkpoint waits for end at its deadline
/// (<see cref="StorageDeadline"/>); one given up on may still land, so a store write that ran out keeps its newest
/// checkpoint's files until a later write, which leaves that checkpoint out, has landed. Writes to one state run one
/// after another, so a write given up on never races the next.
/// </summary>
internal sealed class CoordinatorRecord(
    JobId job,
    IPersistentState<CoordinatorState> state,
    IPersistentState<CheckpointIdCounter> counter,
    CheckpointCleaner cleaner,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>This activation's mark on what it writes, so it knows its own lost writes.</summary>
    private readonly Guid writer = Guid.NewGuid();

    /// <summary>Checkpoints that may be on record through a store write given up on; their files wait.</summary>
    private readonly List<CompletedCheckpoint> unconfirmed = [];

    private readonly WriteQueue stateWrites = new();
    private readonly WriteQueue counterWrites = new();

    /// <summary>What the previous activation stored: read when this one activates, or restores before it is started.</summary>
    public CoordinatorState Stored => state.State;

    public CheckpointId LastIssued => counter.State.LastIssued;

    /// <summary>Stores <paramref name="id"/> as issued, so that no later activation issues it again; throws past the deadline.</summary>
    public Task RecordIssuedAsync(CheckpointId id, DateTimeOffset deadline)
    {
        counter.State.LastIssued = id;
        return counterWrites.Enqueue(() => counter.WriteFencedAsync(writer)).WithinAsync(deadline, time);
    }

    /// <summary>Writes the coordinator's state and waits however long storage takes (the job manager's start and suspend wait for it).</summary>
    public async Task WriteAsync(CompletedCheckpointStore? completed, CompletedCheckpoint? foreign, CheckpointStatsSnapshot stats, Attempt? running)
    {
        state.State.RunningAttempt = running;
        await Write(completed, foreign, stats);
        DiscardUnconfirmed();
    }

    /// <summary>
    /// Writes the store with <paramref name="checkpoint"/> newly added by the checkpoint's deadline. False when storage
    /// failed or was too slow: the live state is put back and the checkpoint is held as unconfirmed, its files kept. A
    /// rival activation's refusal propagates, so that Orleans deactivates this one.
    /// </summary>
    public async Task<bool> TryWriteCompletionAsync(
        CompletedCheckpoint checkpoint, CompletedCheckpointStore completed, CompletedCheckpoint? foreign, CheckpointStatsSnapshot stats, DateTimeOffset deadline)
    {
        var (previous, previousStats) = (state.State.Completed, state.State.Stats);
        try
        {
            await Write(completed, foreign, stats).WithinAsync(deadline, time);
        }
        catch (Exception exception)
        {
            (state.State.Completed, state.State.Stats) = (previous, previousStats);
            if (exception is InconsistentStateException)
            {
                throw;
            }

            unconfirmed.Add(checkpoint);
            logger.LogCheckpointStoreNotWritten(exception, job, checkpoint.Id);
            return false;
        }

        DiscardUnconfirmed();
        return true;
    }

    private Task Write(CompletedCheckpointStore? completed, CompletedCheckpoint? foreign, CheckpointStatsSnapshot stats)
    {
        state.State.Completed = completed?.All.ToList() ?? state.State.Completed;
        state.State.Foreign = foreign;
        state.State.Stats = stats;
        return stateWrites.Enqueue(() => state.WriteFencedAsync(writer));
    }

    /// <summary>
    /// After a store write has landed, the unconfirmed checkpoints it leaves out are on no record (writes to the state
    /// land in order, and this one came after theirs), so their files can go.
    /// </summary>
    private void DiscardUnconfirmed()
    {
        var discarded = unconfirmed.Where(c => !state.State.Completed.Any(p => p.Id == c.Id)).ToList();
        unconfirmed.RemoveAll(discarded.Contains);
        cleaner.Discard(job, discarded, state.State.Completed);
    }

    /// <summary>
    /// One state's writes, one after another. A write given up on keeps running, and the next write to the same
    /// <see cref="IPersistentState{TState}"/> waits for it (within the next write's own deadline) instead of racing it.
    /// Each write stores the live state as it is when the write starts, so a queued write always stores the newest.
    /// </summary>
    private sealed class WriteQueue
    {
        private Task last = Task.CompletedTask;

        public Task Enqueue(Func<Task> write)
        {
            var next = RunAfterAsync(last, write);
            last = next;
            return next;
        }

        private static async Task RunAfterAsync(Task before, Func<Task> write)
        {
            try
            {
                await before;
            }
            catch
            {
                // That write's caller saw its failure, or gave up on it: either way this one goes ahead.
            }

            await write();
        }
    }
}
