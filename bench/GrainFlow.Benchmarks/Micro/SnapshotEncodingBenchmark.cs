using BenchmarkDotNet.Attributes;
using GrainFlow.State.Keyed;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>
/// A checkpoint's work on a keyed sum's state: the synchronous copy-on-write capture the subtask loop pays, and the
/// serialisation the background upload pays, at 10 K and 1 M keys (one subtask holding every key group).
/// </summary>
[MemoryDiagnoser]
public class SnapshotEncodingBenchmark
{
    private HeapKeyedStateBackend _backend = null!;

    [Params(10_000, 1_000_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup() => _backend = MicroKeyedSums.Filled(Keys, (Keys, 1));

    [Benchmark]
    public void Capture() => _backend.Snapshot().Release();

    [Benchmark]
    public int CaptureAndSerialize()
    {
        var snapshot = _backend.Snapshot();
        try
        {
            return snapshot.Serialize().Length;
        }
        finally
        {
            snapshot.Release();
        }
    }
}
