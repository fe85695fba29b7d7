using System.Globalization;
using System.Text;

namespace GrainFlow.Benchmarks.Harness;

/// <summary>The suite's results as a fixed-width table, one line per run; "-" where a figure does not apply.</summary>
public static class ResultTable
{
    private const string Format = "{0,-3} {1,-12} {2,-9} {3,9} {4,6} {5,12} {6,6} {7,8} {8,8} {9,8} {10,8} {11,8} {12,5} {13,10} {14,8} {15,9} {16,14}  {17}";

    public static string Header => string.Format(CultureInfo.InvariantCulture, Format,
        "wl", "variant", "storage", "keys", "ckpt", "records/s", "cpu s", "lat p50", "lat p99", "p99.9", "ckpt p50", "ckpt p99", "n", "ckpt B", "B/key", "restore", "sync/async/aln", "note");

    public static string Row(BenchmarkResult r) => string.Format(CultureInfo.InvariantCulture, Format,
        r.Workload, r.Variant, r.Storage ?? "-", Int(r.Keys), r.CheckpointIntervalMs is > 0 ? r.CheckpointIntervalMs + "ms" : "off",
        Number(r.RecordsPerSecond, "N0"), Number(r.CpuSeconds, "0.00"), Number(r.LatencyP50Ms, "0.0"), Number(r.LatencyP99Ms, "0.0"),
        Number(r.LatencyP999Ms, "0.0"), Number(r.CheckpointP50Ms, "0"), Number(r.CheckpointP99Ms, "0"), Int(r.Checkpoints),
        r.CheckpointBytes?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", Number(r.CheckpointBytesPerKey, "0.0"),
        Number(r.RestoreMs, "0"), Parts(r), r.Note ?? "");

    private static string Parts(BenchmarkResult r) => r.CheckpointSyncP50Ms is null
        ? "-"
        : $"{Number(r.CheckpointSyncP50Ms, "0")}/{Number(r.CheckpointAsyncP50Ms, "0")}/{Number(r.CheckpointAlignmentP50Ms, "0")}";

    public static string Render(IEnumerable<BenchmarkResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(Header);
        foreach (var result in results)
        {
            text.AppendLine(Row(result));
        }

        return text.ToString();
    }

    private static string Int(int? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}
