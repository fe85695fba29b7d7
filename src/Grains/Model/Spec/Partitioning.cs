namespace GrainFlow.Model.Spec;

/// <summary>How the records of one edge are distributed over the consumer's subtasks, as Flink's partitioners.</summary>
public enum Partitioning
{
    /// <summary>Subtask i sends to subtask i only; both sides must have the same parallelism.</summary>
    Forward = 0,

    /// <summary>Each record goes to the subtask owning its key's key group.</summary>
    Hash = 1,

    /// <summary>Batches go round-robin to all consumer subtasks.</summary>
    Rebalance = 2,

    /// <summary>Every batch goes to every consumer subtask.</summary>
    Broadcast = 3,
}
