namespace GrainFlow.Storage;

/// <summary>
/// Maps a (state name, grain id) to one file under the root: <c>{state}/{grain type}/{key segments}.state</c>, each
/// part escaped by <see cref="StorageNameSegment"/>. The <c>.state</c> suffix keeps a key <c>a</c> (a file) apart from
/// a key <c>a/b</c> (a directory <c>a</c>), and escaping keeps every segment a legal file name that never starts with a
/// dot, so the provider's dot-prefixed temp files can never collide with an object.
/// </summary>
internal sealed class LocalDirectoryLayout
{
    /// <summary>The suffix of every object file.</summary>
    public const string FileSuffix = ".state";

    /// <summary>The absolute root all objects live under.</summary>
    private readonly string root;

    public LocalDirectoryLayout(string rootDirectory)
    {
        root = Path.GetFullPath(rootDirectory);
    }

    public string PathOf(string stateName, GrainId grainId)
    {
        var segments = new List<string>
        {
            root,
            StorageNameSegment.Escape(stateName),
            StorageNameSegment.Escape(grainId.Type.ToString()!),
        };
        segments.AddRange(grainId.Key.ToString()!.Split('/').Select(StorageNameSegment.Escape));
        segments[^1] += FileSuffix;
        return Path.Combine([.. segments]);
    }

    /// <summary>A unique hidden sibling of <paramref name="path"/> to write into before the atomic rename.</summary>
    public static string TempPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():n}.tmp");
}
