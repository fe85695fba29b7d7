using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>
/// What one measurement window of a pipeline gave: throughput, CPU used, latency and checkpoints, and the records
/// that reached the sink since the start (record i has key i % keys, so min(keys, RecordsSeen) keys have state).
/// </summary>
public sealed record WindowFigures(double RecordsPerSecond, double CpuSeconds, LatencyFigures Latency, CheckpointFigures Checkpoints, long RecordsSeen);
