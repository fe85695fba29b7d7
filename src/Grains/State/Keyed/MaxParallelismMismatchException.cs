namespace GrainFlow.State.Keyed;

/// <summary>
/// A keyed snapshot written with another number of key groups. Keys map to key groups modulo max parallelism, so
/// such a snapshot cannot be redistributed; Flink refuses it the same way.
/// </summary>
public sealed class MaxParallelismMismatchException(int backendMaxParallelism, int snapshotMaxParallelism)
    : Exception(
        $"The snapshot was written with maxParallelism {snapshotMaxParallelism}, but this backend has maxParallelism " +
        $"{backendMaxParallelism}; max parallelism cannot change across a restore.")
{
    public int BackendMaxParallelism { get; } = backendMaxParallelism;

    public int SnapshotMaxParallelism { get; } = snapshotMaxParallelism;
}
