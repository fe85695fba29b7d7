using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Builtin;
using GrainFlow.State.Operator;
using Xunit;

namespace GrainFlow.Tests.Operators;

/// <summary>
/// The file sink's transactions across restarts: in-progress files are deleted, pending files survive until no
/// checkpoint can need them, and another job's files are never touched.
/// </summary>
public sealed class FileSinkTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "grainflow-filesink-" + Guid.NewGuid().ToString("n")[..8]);

    /// <summary>Each open sink's operator state, from which the tests take its checkpoints.</summary>
    private readonly Dictionary<FileSink, OperatorStateBackend> _states = [];

    private string Output => Path.Combine(_data, "files", "out");

    [Fact]
    public void A_restarted_sink_deletes_its_own_uncommitted_files_but_leaves_another_jobs_running_transaction_alone()
    {
        var other = Open("otherjob", Attempt.First);
        Write(other, "k1", 1);
        var crashed = Open("thisjob", Attempt.First);
        Write(crashed, "k2", 2);
        var otherFile = Assert.Single(InProgress("otherjob"));
        Assert.Single(InProgress("thisjob"));

        var restarted = Open("thisjob", Attempt.First.Next());

        Assert.Empty(InProgress("thisjob"));
        Assert.Equal([otherFile], InProgress("otherjob"));
        other.Close();
        crashed.Close();
        restarted.Close();
    }

    [Fact]
    public void A_restart_from_an_older_checkpoint_keeps_the_pending_file_of_a_newer_one_that_a_later_restart_commits()
    {
        var first = Open("zombie", Attempt.First);
        Write(first, "k1", 1);
        var checkpoint5 = Snapshot(first, 5);
        Write(first, "k2", 2);
        var checkpoint6 = Snapshot(first, 6); // completed late, by a coordinator that was frozen and resumed

        var second = Open("zombie", Attempt.First.Next(), checkpoint5);
        var third = Open("zombie", Attempt.First.Next().Next(), checkpoint6);

        Assert.Equal(["{\"key\":\"k1\",\"value\":1}", "{\"key\":\"k2\",\"value\":2}"], Committed("zombie"));
        Assert.Empty(Hidden("zombie"));
        foreach (var sink in new[] { first, second, third })
        {
            sink.Close();
        }
    }

    [Fact]
    public void Pending_files_of_an_older_attempt_are_swept_once_the_new_attempt_completes_a_checkpoint()
    {
        var first = Open("sweep", Attempt.First);
        Write(first, "k1", 1);
        var checkpoint5 = Snapshot(first, 5);
        Write(first, "k2", 2);
        Snapshot(first, 6); // never completed
        var second = Open("sweep", Attempt.First.Next(), checkpoint5);
        Assert.Single(Hidden("sweep"));

        Write(second, "k3", 3);
        Snapshot(second, 7);
        second.NotifyCheckpointComplete(new CheckpointId(7));

        Assert.Empty(Hidden("sweep"));
        Assert.Equal(["{\"key\":\"k1\",\"value\":1}", "{\"key\":\"k3\",\"value\":3}"], Committed("sweep"));
        first.Close();
        second.Close();
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    /// <summary>The sink's state at <paramref name="checkpoint"/>, as a restore would read it.</summary>
    private ReadOnlyMemory<byte> Snapshot(FileSink sink, long checkpoint)
    {
        sink.SnapshotState(new CheckpointId(checkpoint));
        return _states[sink].Snapshot().Serialize();
    }

    private string[] Hidden(string job) =>
        Directory.EnumerateFiles(Output, ".*").Where(f => Path.GetFileName(f).Contains($"-{job}-", StringComparison.Ordinal)).ToArray();

    private string[] Committed(string job) =>
        Directory.EnumerateFiles(Output, "part-*.jsonl").Where(f => Path.GetFileName(f).Contains($"-{job}-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines).ToArray();

    private string[] InProgress(string job) =>
        Directory.EnumerateFiles(Output, "*.inprogress").Where(f => Path.GetFileName(f).Contains($"-{job}-", StringComparison.Ordinal)).ToArray();

    private static void Write(FileSink sink, string key, long value)
    {
        var records = new Collector(new RecordBatchBuilder());
        records.Begin().Set("key", key).Set("value", value);
        sink.ProcessBatch(0, records.TakeBatch(), new Collector(new RecordBatchBuilder()));
    }

    private FileSink Open(string job, Attempt attempt, ReadOnlyMemory<byte>? restoreFrom = null)
    {
        var state = new OperatorStateBackend(TestOperatorContext.Serializers);
        if (restoreFrom is { } snapshot)
        {
            state.Restore([snapshot], newIndex: 0, newParallelism: 1);
        }

        var sink = new FileSink();
        sink.Initialize(TestOperatorContext.For(_data, job, "out", "out", state, attempt, restored: attempt != Attempt.First));
        _states[sink] = state;
        return sink;
    }
}
