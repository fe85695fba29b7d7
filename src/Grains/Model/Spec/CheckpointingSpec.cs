namespace GrainFlow.Model.Spec;

/// <summary>
/// The checkpoint configuration of a job, with Flink's meaning for each setting. The defaults apply when the spec
/// leaves the section (or a field of it) out.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class CheckpointingSpec
{
    /// <summary>The period of checkpoint triggers; 0 turns periodic checkpoints off (savepoints still work).</summary>
    [Id(0)] public long IntervalMs { get; init; } = 1000;

    /// <summary>A checkpoint not completed this long after its trigger is aborted.</summary>
    [Id(1)] public long TimeoutMs { get; init; } = 60000;

    /// <summary>The least time between a completed checkpoint and the next trigger.</summary>
    [Id(2)] public long MinPauseMs { get; init; }

    [Id(3)] public int MaxConcurrent { get; init; } = 1;

    [Id(4)] public CheckpointingMode Mode { get; init; } = CheckpointingMode.ExactlyOnce;

    /// <summary>How many consecutive failed checkpoints the job tolerates before it fails.</summary>
    [Id(5)] public int TolerableFailures { get; init; }

    /// <summary>How many completed checkpoints are kept; older ones are deleted when subsumed.</summary>
    [Id(6)] public int Retained { get; init; } = 3;

    /// <summary>
    /// Whether checkpoints write only the keyed state changed since the last completed checkpoint, as Flink's
    /// <c>execution.checkpointing.incremental</c>: large, slowly changing state then costs each checkpoint its
    /// changes rather than its whole size, and a restore reads a full snapshot plus the increments after it.
    /// Off by default, so every checkpoint is self-contained.
    /// </summary>
    [Id(7)] public bool Incremental { get; init; }
}
