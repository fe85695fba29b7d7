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
/// records go to a hidden (dot-prefixed) <c>.inprogress</c> part file; at a barrier the file is closed, renamed to
/// <c>.pending</c> and recorded in the checkpoint (pre-commit); when the checkpoint completes it is renamed into place
/// (commit). The visible output is exactly what completed checkpoints cover.
/// </summary>
/// <remarks>
/// On restore, the pending files of the restored checkpoint are committed (idempotently: an already-renamed file is
/// left alone) and in-progress files, which no checkpoint covers, are deleted. Pending files the restored checkpoint
/// does not list are kept: the coordinator of the failed attempt may still complete their checkpoint a moment later
/// (a silo that was frozen, then resumed), and a restart may then restore from it and need them. They are swept once
/// this attempt completes a checkpoint of its own: from then on, no checkpoint of an older attempt can become the one
/// a restart restores from.
/// </remarks>
public sealed class FileSink : IStreamOperator
{
    public const string TypeName = "fileSink";

    private const string InProgressSuffix = ".inprogress";

    private const string PendingSuffix = ".pending";

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

    /// <summary>Whether the pending files older attempts left behind were swept (after this attempt's first completion).</summary>
    private bool _swept;

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

        DeleteFiles(InProgressSuffix, _ => true);
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
            var pending = Path.ChangeExtension(_currentHidden!, PendingSuffix);
            File.Move(_currentHidden!, pending);
            var finalName = Path.ChangeExtension(Path.GetFileName(pending)[1..], ".jsonl");
            _pending.Add(new PendingFileCommit(_context.Subtask.Index.Value, checkpoint.Value, Path.GetFileName(pending), finalName, _directory));
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

        if (!_swept)
        {
            _swept = true;
            var attempt = $"a{_context.Attempt.Value}";
            DeleteFiles(PendingSuffix, fileAttempt => fileAttempt != attempt);
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

        _currentHidden = Path.Combine(_directory, $".{_filePrefix}-{_context.Subtask.Job}-a{_context.Attempt.Value}-t{_transaction++}{InProgressSuffix}");
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

    /// <summary>
    /// Deletes this job's hidden files with <paramref name="suffix"/> that belong to this subtask (by index, so a
    /// rescaled job cleans up after the subtasks it replaced) and whose attempt (<c>a{n}</c>) <paramref name="ofAttempt"/> accepts.
    /// </summary>
    private void DeleteFiles(string suffix, Func<string, bool> ofAttempt)
    {
        var prefix = $".part-{_context.Subtask.Operator}-";
        foreach (var path in Directory.EnumerateFiles(_directory, prefix + "*" + suffix))
        {
            // The rest is {index}-{job}-a{attempt}-t{transaction}; exactly four parts, or it is another operator's file.
            // Only this job's files: another job writing to the same directory (one started from this job's savepoint
            // while it runs on, say) owns its own transactions, and deleting them would fail its next commit.
            var rest = Path.GetFileName(path)[prefix.Length..^suffix.Length].Split('-');
            if (rest.Length == 4 && rest[1] == _context.Subtask.Job.Value && ofAttempt(rest[2])
                && int.TryParse(rest[0], out var index) && index % _context.Parallelism == _context.Subtask.Index.Value)
            {
                File.Delete(path);
            }
        }
    }
}
