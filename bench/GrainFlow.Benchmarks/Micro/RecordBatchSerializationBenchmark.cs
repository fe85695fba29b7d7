using BenchmarkDotNet.Attributes;
using GrainFlow.Model;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>
/// What a stream hop costs per batch of 1,024 records with the Orleans serializer: the full encode and decode a
/// hop between silos pays, and the deep copy a hop inside one silo pays (none, if <c>[Immutable]</c> holds).
/// </summary>
[MemoryDiagnoser]
public class RecordBatchSerializationBenchmark
{
    private Serializer _serializer = null!;
    private DeepCopier<RecordBatch> _copier = null!;
    private RecordBatch _batch = null!;
    private byte[] _encoded = [];

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        _serializer = services.GetRequiredService<Serializer>();
        _copier = services.GetRequiredService<DeepCopier<RecordBatch>>();
        _batch = MicroBatches.Generator(1024, 10_000);
        _encoded = _serializer.SerializeToArray(_batch);
    }

    [Benchmark]
    public byte[] Serialize() => _serializer.SerializeToArray(_batch);

    [Benchmark]
    public RecordBatch Deserialize() => _serializer.Deserialize<RecordBatch>(_encoded)!;

    [Benchmark]
    public RecordBatch DeepCopy() => _copier.Copy(_batch)!;
}
