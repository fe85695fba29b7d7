namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// A variant that can be stopped after a checkpoint and restarted from it (W4). The restore is measured from the
/// call to <see cref="RestartFromCheckpointAsync"/> to the first record the restarted pipeline delivers to its sink:
/// state read, deserialised and installed, and processing running again.
/// </summary>
public interface IRestorablePipeline : IPipeline
{
    /// <summary>Takes a checkpoint now, waits for it to complete and stops the pipeline.</summary>
    Task CheckpointAndStopAsync();

    /// <summary>Starts again from the checkpoint taken by <see cref="CheckpointAndStopAsync"/>; <see cref="IPipeline.Probe"/> is fresh.</summary>
    Task RestartFromCheckpointAsync();

    /// <summary>What was restored (keys, checkpoint, bytes), so the figure can be checked against what it claims.</summary>
    Task<string> RestoreEvidenceAsync();
}
