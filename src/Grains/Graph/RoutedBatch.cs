using GrainFlow.Model;

namespace GrainFlow.Graph;

/// <summary>A batch and the index of the downstream subtask it goes to on one edge, as the <see cref="Partitioner"/> decided.</summary>
public readonly record struct RoutedBatch(int TargetIndex, RecordBatch Batch);
