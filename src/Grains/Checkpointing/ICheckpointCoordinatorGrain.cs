using Orleans.Concurrency;
using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Checkpointing;

/// <summary>
/// One per job (keyed by the job id): triggers checkpoints and savepoints by injecting barriers at the sources,
/// collects acknowledgements, commits the metadata last, and notifies every subtask. Subtasks talk to it one-way
/// only, so it never waits on a subtask and a subtask never waits on it.
/// </summary>
public interface ICheckpointCoordinatorGrain : IGrainWithStringKey
{
    /// <summary>Begins coordinating <paramref name="start"/>'s attempt; pending checkpoints of older attempts are aborted.</summary>
    Task StartAsync(CoordinatorStart start, JobSpec spec);

    /// <summary>Stops triggering and aborts everything pending (the job is restarting or ending).</summary>
    Task SuspendAsync(Attempt attempt, CheckpointFailureReason reason);

    /// <summary>Triggers a checkpoint of <paramref name="kind"/> now, subject to the request decider.</summary>
    Task<CheckpointTriggerResult> TriggerAsync(CheckpointKind kind, SavepointId? savepoint);

    [OneWay]
    Task AcknowledgeAsync(SubtaskAcknowledgement acknowledgement);

    [OneWay]
    Task DeclineAsync(Attempt attempt, CheckpointId checkpoint, SubtaskId subtask, CheckpointFailureReason reason, string cause);

    /// <summary>The checkpoint (or savepoint) a restart restores from, or null when there is none.</summary>
    Task<CompletedCheckpoint?> GetLatestCompletedAsync();

    /// <summary>
    /// The statistics the REST API serves. Interleaved, so they still answer while the coordinator waits on a slow
    /// store, which is when an operator looks; the snapshot is taken between the coordinator's awaits, never mid-update.
    /// </summary>
    [AlwaysInterleave]
    Task<CheckpointStatsSnapshot> GetStatsAsync();

    /// <summary>Whether this activation coordinates <paramref name="attempt"/>; false after it was lost with its silo.</summary>
    Task<bool> IsCoordinatingAsync(Attempt attempt);
}
