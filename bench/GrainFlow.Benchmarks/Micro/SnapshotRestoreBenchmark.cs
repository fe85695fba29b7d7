using BenchmarkDotNet.Attributes;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>
/// The state half of W4: decoding a keyed sum's snapshot into a fresh backend (validation, then every entry read
/// and inserted as the operator registers its state), at 10 K and 1 M keys, one subtask holding every key group.
/// W4 adds to this the job's resubmission, the storage read and the first record's trip to the sink.
/// </summary>
[MemoryDiagnoser]
public class SnapshotRestoreBenchmark
{
    private ReadOnlyMemory<byte> _payload;

    [Params(10_000, 1_000_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = MicroKeyedSums.Filled(Keys, (Keys, 1)).Snapshot();
        _payload = snapshot.Serialize();
        snapshot.Release();
    }

    [Benchmark]
    public int Restore()
    {
        var backend = MicroKeyedSums.EmptyBackend();
        backend.Restore([_payload]);
        backend.GetState(MicroKeyedSums.Descriptor);
        return backend.KeyCount;
    }
}
