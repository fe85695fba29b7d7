using System.Text.Json;

namespace GrainFlow.Tests.Engine;

/// <summary>The committed (visible, non-hidden) output of a file sink: every JSON line of every part file.</summary>
public sealed class SinkOutput
{
    private SinkOutput(IReadOnlyList<(string Key, long Sum, long Count)> records) => Records = records;

    public IReadOnlyList<(string Key, long Sum, long Count)> Records { get; }

    public static SinkOutput Read(string directory)
    {
        var records = new List<(string, long, long)>();
        foreach (var file in Directory.EnumerateFiles(directory, "part-*").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                records.Add((root.GetProperty("key").GetString()!, root.GetProperty("sum").GetInt64(), root.GetProperty("count").GetInt64()));
            }
        }

        return new SinkOutput(records);
    }

    /// <summary>The output of a job and of the job that resumed from its savepoint, as one.</summary>
    public static SinkOutput Combine(SinkOutput first, SinkOutput second) => new([.. first.Records, .. second.Records]);

    /// <summary>Per key, the counts emitted, sorted.</summary>
    public IReadOnlyDictionary<string, List<long>> CountsByKey() =>
        Records.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => r.Count).Order().ToList());

    /// <summary>Per key, the sum carried by the record with the highest count (the final running sum).</summary>
    public IReadOnlyDictionary<string, long> FinalSums() =>
        Records.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Count).Sum);
}
