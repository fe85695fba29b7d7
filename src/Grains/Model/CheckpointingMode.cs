namespace GrainFlow.Model;

/// <summary>The guarantee checkpoints give, as Flink's <c>CheckpointingMode</c>.</summary>
public enum CheckpointingMode
{
    /// <summary>Barriers are aligned: a channel that delivered the barrier is held until all have.</summary>
    ExactlyOnce = 0,

    /// <summary>Barriers are tracked, not aligned: nothing is held, so restored state may count some records twice.</summary>
    AtLeastOnce = 1,
}
