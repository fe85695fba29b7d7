using BenchmarkDotNet.Attributes;
using GrainFlow.Model;
using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>
/// The keyed sum's inner loop over one batch of 1,024 records: read the key, hash it to its key group, make it
/// current, read and write a value state; against the same update on a plain <see cref="Dictionary{TKey,TValue}"/>.
/// </summary>
[MemoryDiagnoser]
public class KeyedStateAccessBenchmark
{
    private readonly Dictionary<string, (long Sum, long Count)> _dictionary = new(StringComparer.Ordinal);
    private HeapKeyedStateBackend _backend = null!;
    private IValueState<(long Sum, long Count)> _state = null!;
    private RecordBatch _batch = null!;

    [Params(10_000, 1_000_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _batch = MicroBatches.Generator(1024, Keys);
        _backend = MicroKeyedSums.EmptyBackend();
        _state = _backend.GetState(MicroKeyedSums.Descriptor);
        var names = Workloads.KeyNames.Create(Keys);
        foreach (var key in names)
        {
            _backend.SetCurrentKey(key, KeyGroupAssigner.KeyGroupFor(key, MicroKeyedSums.MaxParallelism));
            _state.Update((1, 1));
            _dictionary[key] = (1, 1);
        }
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public void HeapBackend()
    {
        var keys = _batch.Columns[0].Strings!;
        var values = _batch.Columns[1].Longs!;
        for (var row = 0; row < _batch.Count; row++)
        {
            var key = keys[row]!;
            _backend.SetCurrentKey(key, KeyGroupAssigner.KeyGroupFor(key, MicroKeyedSums.MaxParallelism));
            var (sum, count) = _state.Value();
            _state.Update((sum + values[row], count + 1));
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1024)]
    public void PlainDictionary()
    {
        var keys = _batch.Columns[0].Strings!;
        var values = _batch.Columns[1].Longs!;
        for (var row = 0; row < _batch.Count; row++)
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_dictionary, keys[row]!, out _);
            entry = (entry.Sum + values[row], entry.Count + 1);
        }
    }
}
