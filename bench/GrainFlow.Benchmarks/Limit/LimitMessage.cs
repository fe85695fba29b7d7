using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Limit;

/// <summary>An element on a hand-written channel: a batch, or a snapshot barrier (records after it belong to the next snapshot).</summary>
public readonly record struct LimitMessage(KeyBatch? Batch, long Barrier);
