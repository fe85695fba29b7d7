using BenchmarkDotNet.Attributes;
using GrainFlow.Checkpointing.Alignment;
using GrainFlow.Model;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>The aligner's cost per checkpoint on an operator with 2 and 8 input channels: one barrier per channel.</summary>
[MemoryDiagnoser]
public class BarrierAlignmentBenchmark
{
    private BarrierAligner _aligner = null!;
    private long _next;

    [Params(2, 8)]
    public int Channels { get; set; }

    [GlobalSetup]
    public void Setup() => _aligner = new BarrierAligner(Channels, CheckpointingMode.ExactlyOnce, TimeProvider.System);

    [Benchmark]
    public int AlignOneCheckpoint()
    {
        var id = new CheckpointId(++_next);
        var actions = 0;
        for (var channel = 0; channel < Channels; channel++)
        {
            actions += _aligner.OnBarrier(channel, id, CheckpointKind.Checkpoint).Count;
        }

        return actions;
    }
}
