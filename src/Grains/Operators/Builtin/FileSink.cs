using System.Buffers;
using System.Text.Json;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;
using GrainFlow.State;

namespace GrainFlow.Operators.Builtin;

/// <summary>
/// The built-in exactly-once <c>fileSink</c>, a two-phase-commit sink as Flink's <c>TwoPhaseCommitSinkFunction</c>:
/// records go to a hidden (dot-prefixed) part file; at a barrier the file is closed and recorded as pending in the
/// checkpoint (pre-commit); when the checkpoint completes it is renamed into place (commit). On restore, pending
/// files of the restored checkpoint are committed (idempotently: an already-renamed file is left alone) and hidden
/// files no checkpoint covers are deleted, so the visible output is exactly what completed checkpoints cover.
/// </summary>
public sealed class FileSink : IStreamOperator
{
    public const string TypeName = "fileSink";

    private static readonly ListStateDescriptor<PendingFileCommit> PendingDescriptor = new("file-sink-pending");

    private readonly List<PendingFileCommit> _pending = [];
    private IListState<PendingFileCommit> _pendingState = null!;
    private OperatorContext _context = null!;
    private string _directory = null!;
    private string _filePrefix = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly Utf8JsonWriter _writer;
    private FileStream? _current;
    private string? _currentHidden;
    private int _transaction;

    public FileSink() => _writer = new Utf8JsonWriter(_buffer);

    public void Initialize(OperatorContext context)
    {
        _context = context;
        _directory = context.Files.Resolve(context.Config.GetString("path", "out"));
        Directory.CreateDirectory(_directory);
        _filePrefix = $"part-{context.Subtask.Operator}-{context.Subtask.Index}";
        _pendingState = context.OperatorState.GetListState(PendingDescriptor, OperatorStateMode.Union);

        var mine = _pendingState.Get().Where(p => p.Subtask % context.Parallelism == context.Subtask.Index.Value).ToList();
        foreach (var commit in mine)
        {
            Commit(commit);
        }

        DeleteUncommittedFiles();
        _pendingState.Clear();
    }

    public void ProcessBatch(int input, RecordBatch batch, Collector output)
    {
        _buffer.ResetWrittenCount();
        for (var i = 0; i < batch.Count; i++)
        {
            _writer.Reset(_buffer);
            batch[i].WriteJson(_writer);
            _writer.Flush();
            _buffer.Write("\n"u8);
        }

        CurrentFile().Write(_buffer.WrittenSpan);
    }

    public void EndInput(Collector output)
    {
    }

    public void SnapshotState(CheckpointId checkpoint)
    {
        if (_current is not null)
        {
            _current.Flush(flushToDisk: true);
            _current.Dispose();
            var finalName = Path.GetFileName(_currentHidden!)[1..].Replace(".inprogress", ".jsonl", StringComparison.Ordinal);
            _pending.Add(new PendingFileCommit(_context.Subtask.Index.Value, checkpoint.Value, Path.GetFileName(_currentHidden!), finalName, _directory));
            _current = null;
            _currentHidden = null;
        }

        _pendingState.Update(_pending);
    }

    public void NotifyCheckpointComplete(CheckpointId checkpoint)
    {
        foreach (var commit in _pending.Where(p => p.CheckpointId <= checkpoint.Value).ToList())
        {
            Commit(commit);
            _pending.Remove(commit);
        }
    }

    public void NotifyCheckpointAborted(CheckpointId checkpoint)
    {
        // Pending files stay pending: the next completed checkpoint subsumes this one and commits them.
    }

    public void Close()
    {
        _writer.Dispose();
        _current?.Dispose();
    }

    private FileStream CurrentFile()
    {
        if (_current is not null)
        {
            return _current;
        }

        _currentHidden = Path.Combine(_directory, $".{_filePrefix}-{_context.Subtask.Job}-a{_context.Attempt}-t{_transaction++}.inprogress");
        _current = new FileStream(_currentHidden, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        return _current;
    }

    private void Commit(PendingFileCommit commit)
    {
        var hidden = Path.Combine(commit.Directory, commit.HiddenName);
        var final = Path.Combine(commit.Directory, commit.FinalName);
        if (File.Exists(hidden))
        {
            File.Move(hidden, final, overwrite: true);
        }
        else if (!File.Exists(final))
        {
            throw new InvalidOperationException(
                $"Sink '{_context.Subtask.Operator}' cannot commit '{commit.FinalName}' of checkpoint {commit.CheckpointId}: neither the pending nor the committed file exists.");
        }
    }

    private void DeleteUncommittedFiles()
    {
        var prefix = $".part-{_context.Subtask.Operator}-";
        foreach (var path in Directory.EnumerateFiles(_directory, prefix + "*.inprogress"))
        {
            // The rest is {index}-{job}-a{attempt}-t{transaction}; exactly four parts, or it is another operator's file.
            // Only this job's files: another job writing to the same directory (one started from this job's savepoint
            // while it runs on, say) owns its own transactions, and deleting them would fail its next commit.
            var rest = Path.GetFileNameWithoutExtension(path)[prefix.Length..].Split('-');
            if (rest.Length == 4 && rest[1] == _context.Subtask.Job.Value
                && int.TryParse(rest[0], out var index) && index % _context.Parallelism == _context.Subtask.Index.Value)
            {
                File.Delete(path);
            }
        }
    }
}
