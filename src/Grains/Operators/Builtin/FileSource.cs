using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;
using GrainFlow.State;

namespace GrainFlow.Operators.Builtin;

/// <summary>
/// The built-in <c>fileSource</c>: JSON lines from a file or from every (non-hidden) file of a directory, in name
/// order; file <c>k</c> belongs to subtask <c>k % parallelism</c>. Its offset is file + byte position, kept as union
/// operator state so a restore at any parallelism resumes every file exactly after its last emitted line.
/// </summary>
public sealed class FileSource : ISourceOperator
{
    public const string TypeName = "fileSource";

    private static readonly ListStateDescriptor<FileSourceOffset> OffsetDescriptor = new("file-source-offsets");

    private readonly Dictionary<string, long> _positions = new(StringComparer.Ordinal);
    private IListState<FileSourceOffset> _offsets = null!;
    private List<string> _files = [];
    private string _root = null!;
    private int _fileIndex;
    private byte[] _buffer = new byte[1 << 16];

    public void Initialize(OperatorContext context)
    {
        var path = context.Files.Resolve(context.Config.GetString("path", "in"));
        IEnumerable<string> all = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"Input '{context.Config.GetString("path", "in")}' of source '{context.Subtask.Operator}' does not exist.");
        _root = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
        _files = all.Where((_, k) => k % context.Parallelism == context.Subtask.Index.Value).ToList();
        _offsets = context.OperatorState.GetListState(OffsetDescriptor, OperatorStateMode.Union);
        foreach (var offset in _offsets.Get())
        {
            _positions[offset.File] = offset.Position;
        }
    }

    public SourcePoll Poll(Collector output, int maxRecords)
    {
        while (_fileIndex < _files.Count)
        {
            var file = _files[_fileIndex];
            var name = Path.GetRelativePath(_root, file);
            var position = _positions.GetValueOrDefault(name);
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (position >= stream.Length)
            {
                _fileIndex++;
                continue;
            }

            stream.Position = position;
            var read = ReadLines(stream, ref position, output, maxRecords, name);
            _positions[name] = position;
            if (read > 0)
            {
                return SourcePoll.More;
            }
        }

        return SourcePoll.Exhausted;
    }

    public void SnapshotState(CheckpointId checkpoint) =>
        _offsets.Update(_positions.Select(p => new FileSourceOffset(p.Key, p.Value)).ToList());


    private int ReadLines(FileStream stream, ref long position, Collector output, int maxRecords, string name)
    {
        var emitted = 0;
        var filled = 0;
        while (emitted < maxRecords)
        {
            if (filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var n = stream.Read(_buffer, filled, _buffer.Length - filled);
            filled += n;
            var consumed = 0;
            int newline;
            while (emitted < maxRecords && (newline = Array.IndexOf(_buffer, (byte)'\n', consumed, filled - consumed)) >= 0)
            {
                emitted += ParseLine(_buffer.AsSpan(consumed, newline - consumed), output, name, position + consumed);
                consumed = newline + 1;
            }

            if (n == 0 && emitted < maxRecords && consumed < filled)
            {
                // The last line of a bounded file may lack its newline.
                emitted += ParseLine(_buffer.AsSpan(consumed, filled - consumed), output, name, position + consumed);
                consumed = filled;
            }

            position += consumed;
            Array.Copy(_buffer, consumed, _buffer, 0, filled - consumed);
            filled -= consumed;
            if (n == 0)
            {
                break;
            }
        }

        return emitted;
    }

    private static int ParseLine(ReadOnlySpan<byte> line, Collector output, string name, long offset)
    {
        line = line.TrimEnd((byte)'\r');
        if (line.Trim((byte)' ').IsEmpty)
        {
            return 0;
        }

        JsonLineParser.Parse(line, output, $"{name} at byte {offset}");
        return 1;
    }
}
