using System.Globalization;

namespace GrainFlow.Storage;

/// <summary>
/// The ETag of a local-directory object: its last-write time in ticks and its length. Every write stamps a
/// last-write time strictly later than the one it replaces, so an ETag never repeats for one path.
/// </summary>
internal static class LocalDirectoryETag
{
    public static string Of(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}");

    /// <summary>The last-write time to stamp on a new version of <paramref name="current"/> (null: a new file).</summary>
    public static DateTime NextWriteTime(FileInfo? current, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return current is not null && current.LastWriteTimeUtc >= now ? current.LastWriteTimeUtc.AddTicks(1) : now;
    }
}
