using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Builtin;
using GrainFlow.State.Operator;
using Xunit;

namespace GrainFlow.Tests.Operators;

/// <summary>The file sink's transactions: a restart cleans up its own uncommitted files and only those.</summary>
public sealed class FileSinkTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "grainflow-filesink-" + Guid.NewGuid().ToString("n")[..8]);

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

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private string[] InProgress(string job) =>
        Directory.EnumerateFiles(Output, "*.inprogress").Where(f => Path.GetFileName(f).Contains($"-{job}-", StringComparison.Ordinal)).ToArray();

    private static void Write(FileSink sink, string key, long value)
    {
        var records = new Collector(new RecordBatchBuilder());
        records.Begin().Set("key", key).Set("value", value);
        sink.ProcessBatch(0, records.TakeBatch(), new Collector(new RecordBatchBuilder()));
    }

    private FileSink Open(string job, Attempt attempt)
    {
        var sink = new FileSink();
        sink.Initialize(TestOperatorContext.For(_data, job, "out", "out", new OperatorStateBackend(TestOperatorContext.Serializers),
            attempt, restored: attempt != Attempt.First));
        return sink;
    }
}
