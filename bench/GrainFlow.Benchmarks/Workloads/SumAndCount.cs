namespace GrainFlow.Benchmarks.Workloads;

/// <summary>One key's state in the baselines.</summary>
public struct SumAndCount
{
    public long Sum;
    public long Count;
}
