namespace GrainFlow.Benchmarks.Workloads;

/// <summary>
/// The baselines' snapshot format: a plain binary file of (key, sum, count) and the source offsets, written to a
/// temporary name, flushed to disk and renamed, so a restore never reads half a file. This is what "serialize the
/// dictionary to a local file" costs without any framework. The flush is there because GrainFlow's local directory
/// storage flushes too: a snapshot a machine crash can lose is a weaker guarantee, and at 100 ms checkpoints the
/// flush alone was most of what separated the two (issue 5's note).
/// </summary>
public static class SnapshotFile
{
    public static long Write(string path, IReadOnlyCollection<KeyValuePair<string, SumAndCount>> entries)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(entries.Count);
                foreach (var (key, value) in entries)
                {
                    writer.Write(key);
                    writer.Write(value.Sum);
                    writer.Write(value.Count);
                }
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    public static Dictionary<string, SumAndCount> Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream);
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, SumAndCount>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            entries[reader.ReadString()] = new SumAndCount { Sum = reader.ReadInt64(), Count = reader.ReadInt64() };
        }

        return entries;
    }
}
