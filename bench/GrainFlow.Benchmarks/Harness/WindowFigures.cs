using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>What one measurement window of a pipeline gave: throughput, CPU used, latency and checkpoints.</summary>
/// <param name="RecordsSeen">Records that reached the sink since the start: record i has key i % keys, so min(keys, this) keys have state.</param>
public sealed record WindowFigures(double RecordsPerSecond, double CpuSeconds, LatencyFigures Latency, CheckpointFigures Checkpoints, long RecordsSeen);
