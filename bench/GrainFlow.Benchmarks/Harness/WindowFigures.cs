using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>What one measurement window of a pipeline gave: throughput, CPU used, latency and checkpoints.</summary>
public sealed record WindowFigures(double RecordsPerSecond, double CpuSeconds, LatencyFigures Latency, CheckpointFigures Checkpoints);
