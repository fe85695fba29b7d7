namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// Durations (ms) of the checkpoints completed in a window, and the bytes of the last one. Where the variant reports
/// them (GrainFlow), <see cref="Parts"/> splits each checkpoint into the slowest subtask's synchronous capture,
/// asynchronous serialise-and-write, and barrier alignment, so the rest of the duration is barrier travel and
/// coordination.
/// </summary>
public sealed record CheckpointFigures(IReadOnlyList<double> DurationsMs, long LastBytes)
{
    public static readonly CheckpointFigures None = new([], 0);

    public IReadOnlyList<CheckpointParts> Parts { get; init; } = [];

    /// <summary>What each checkpoint wrote itself, where the variant reports it (GrainFlow): less than its full size when incremental.</summary>
    public IReadOnlyList<long> WrittenBytes { get; init; } = [];

    /// <summary>The figures of the completions that fall in the window [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static CheckpointFigures InWindow(IEnumerable<(DateTimeOffset CompletedAt, double DurationMs, long Bytes)> completions,
        DateTimeOffset from, DateTimeOffset to)
    {
        var window = completions.Where(c => c.CompletedAt >= from && c.CompletedAt <= to).OrderBy(c => c.CompletedAt).ToList();
        return window.Count == 0 ? None : new CheckpointFigures(window.Select(c => c.DurationMs).ToList(), window[^1].Bytes);
    }
}
