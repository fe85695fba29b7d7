using System.Text.Json;

namespace GrainFlow.IntegrationTests.Jobs;

/// <summary>
/// The committed output of a file sink: every JSON line of every visible part file. Hidden (dot-prefixed) files are
/// pre-committed transactions nobody may see yet, so they are not output.
/// </summary>
public sealed class SinkOutput
{
    private SinkOutput(IReadOnlyList<SinkRecord> records) => Records = records;

    public IReadOnlyList<SinkRecord> Records { get; }

    public static SinkOutput Read(string directory)
    {
        var records = new List<SinkRecord>();
        if (!Directory.Exists(directory))
        {
            return new SinkOutput(records);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "part-*").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                records.Add(new SinkRecord(root.GetProperty("key").GetString()!, root.GetProperty("sum").GetInt64(), root.GetProperty("count").GetInt64()));
            }
        }

        return new SinkOutput(records);
    }
}
