namespace GrainFlow.Operators.Api;

/// <summary>
/// Turns a path from a job spec into a file-system path the silo may touch: relative paths resolve under
/// <c>&lt;DataDirectory&gt;/files</c>, absolute paths must lie under one of the allowed roots, and nothing may
/// escape its root through <c>..</c>. A job spec is user input; without this a spec could read or overwrite any
/// file the silo can.
/// </summary>
public sealed class FilePathResolver
{
    private readonly string _filesRoot;
    private readonly IReadOnlyList<string> _allowedRoots;

    public FilePathResolver(string dataDirectory, IEnumerable<string> allowedRoots)
    {
        _filesRoot = Path.GetFullPath(Path.Combine(dataDirectory, "files"));
        _allowedRoots = allowedRoots.Select(r => Path.GetFullPath(r)).ToArray();
    }

    public string FilesRoot => _filesRoot;

    /// <summary>Returns the full path, or null with <paramref name="problem"/> saying why it is refused.</summary>
    public string? TryResolve(string specPath, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(specPath))
        {
            problem = "must not be empty";
            return null;
        }

        if (Path.IsPathRooted(specPath))
        {
            var full = Path.GetFullPath(specPath);
            if (_allowedRoots.Any(root => IsUnder(full, root)))
            {
                return full;
            }

            problem = "is absolute but not under any root listed in GrainFlow:Files:AllowedRoots";
            return null;
        }

        var resolved = Path.GetFullPath(Path.Combine(_filesRoot, specPath));
        if (!IsUnder(resolved, _filesRoot))
        {
            problem = "escapes the files directory";
            return null;
        }

        return resolved;
    }

    public string Resolve(string specPath) =>
        TryResolve(specPath, out var problem) ?? throw new ArgumentException($"Path '{specPath}' {problem}.", nameof(specPath));

    private static bool IsUnder(string path, string root)
    {
        var rootWithSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path == root || path.StartsWith(rootWithSeparator, StringComparison.Ordinal);
    }
}
