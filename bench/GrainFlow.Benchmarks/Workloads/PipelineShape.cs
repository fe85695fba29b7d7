namespace GrainFlow.Benchmarks.Workloads;

/// <summary>The two job shapes of the suite.</summary>
public enum PipelineShape
{
    /// <summary>W0: source -> forward -> counting sink.</summary>
    PassThrough,

    /// <summary>W1-W4: source -> hash by key -> keyed sum -> counting sink.</summary>
    KeyedSum,
}
