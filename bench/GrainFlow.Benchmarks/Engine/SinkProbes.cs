using GrainFlow.Benchmarks.Harness;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The probe the benchmark sink operators report to. Operators are created by the silo's registry, not by the
/// harness, and the silo runs in the harness's process, so the current run's probe is handed over here; the suite
/// runs one pipeline at a time.
/// </summary>
public static class SinkProbes
{
    private static PipelineProbe _current = new(false);

    public static PipelineProbe Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }
}
