using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Operators.Builtin;
using GrainFlow.State.Operator;
using GrainFlow.State.Serialization;
using Xunit;

namespace GrainFlow.Tests.Operators;

public sealed class FileSourceTests : IDisposable
{
    private static readonly StateSerializers Serializers = TestOperatorContext.Serializers;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "grainflow-filesource-" + Guid.NewGuid().ToString("n")[..8]);

    public FileSourceTests()
    {
        var input = Path.Combine(_data, "files", "in");
        Directory.CreateDirectory(input);
        File.WriteAllLines(Path.Combine(input, "a.jsonl"), Enumerable.Range(0, 50).Select(i => $$"""{"key":"k{{i % 5}}","value":{{i}}}"""));
        File.WriteAllText(Path.Combine(input, "b.jsonl"), string.Join("\n", Enumerable.Range(50, 30).Select(i => $$"""{"key":"k{{i % 5}}","value":{{i}},"tag":"b"}""")));
        File.WriteAllText(Path.Combine(input, ".hidden"), "not json");
    }

    [Fact]
    public void A_restored_file_source_resumes_exactly_after_the_last_line_emitted_before_the_snapshot()
    {
        var state = new OperatorStateBackend(Serializers);
        var source = Open(state, restored: false);
        var first = Drain(source, polls: 3, maxRecords: 7);
        source.SnapshotState(new CheckpointId(1));
        var snapshot = state.Snapshot().Serialize();
        Drain(source, polls: 2, maxRecords: 7); // emitted after the snapshot: must be replayed

        var restoredState = new OperatorStateBackend(Serializers);
        restoredState.Restore([snapshot], 0, 1);
        var rest = Drain(Open(restoredState, restored: true), polls: 100, maxRecords: 7);

        Assert.Equal(Enumerable.Range(0, 80).Select(i => (long)i), first.Concat(rest));
    }

    [Fact]
    public void Lines_keep_integers_exact_and_records_missing_fields_as_absent()
    {
        var source = Open(new OperatorStateBackend(Serializers), restored: false);
        var builder = new RecordBatchBuilder();
        var output = new Collector(builder);
        while (source.Poll(output, 1000) != SourcePoll.Exhausted)
        {
        }

        var batch = output.TakeBatch();
        Assert.Equal(80, batch.Count);
        Assert.False(batch[0].Has("tag"));
        Assert.Equal("b", batch[79].GetString("tag"));
        Assert.Equal(79L, batch[79].GetInt64("value"));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private FileSource Open(OperatorStateBackend state, bool restored)
    {
        var source = new FileSource();
        source.Initialize(TestOperatorContext.For(_data, "j", "src", "in", state, Attempt.First, restored));
        return source;
    }

    private static List<long> Drain(FileSource source, int polls, int maxRecords)
    {
        var values = new List<long>();
        for (var p = 0; p < polls; p++)
        {
            var output = new Collector(new RecordBatchBuilder());
            var status = source.Poll(output, maxRecords).Status;
            var batch = output.TakeBatch();
            values.AddRange(Enumerable.Range(0, batch.Count).Select(i => batch[i].GetInt64("value")));
            if (status == SourceStatus.Exhausted)
            {
                break;
            }
        }

        return values;
    }
}
