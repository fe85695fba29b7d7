namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// What the <see cref="CheckpointRequestDecider"/> needs to know about the coordinator at the moment of a request.
/// The coordinator reads them off its <see cref="PendingCheckpointSet"/> and its own lifecycle, so the decision stays
/// a pure function of facts.
/// </summary>
/// <param name="PendingCount">How many checkpoints (of any kind) are pending.</param>
/// <param name="SavepointPending">Whether one of them is a savepoint.</param>
/// <param name="Ending">
/// Whether a terminal checkpoint (the final checkpoint of finished sources, or a stop-with-savepoint) is pending or
/// has completed: the job is about to end, its sources stop injecting barriers, so nothing else may start (Flink
/// stops its checkpoint scheduler at this point too).
/// </param>
/// <param name="LastCompletedAt">When the latest checkpoint completed; null if none did in this coordinator's life.</param>
/// <param name="Now">The current time.</param>
public readonly record struct CheckpointTriggerFacts(
    int PendingCount, bool SavepointPending, bool Ending, DateTimeOffset? LastCompletedAt, DateTimeOffset Now);
