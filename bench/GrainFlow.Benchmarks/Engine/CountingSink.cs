using GrainFlow.Model;
using GrainFlow.Operators.Api;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The benchmark sink (<c>benchCountingSink</c>): counts the records that reach it and, when the run records latency,
/// reads each record's <c>ts</c> event-time stamp (µs on the process's monotonic clock) against the time the batch
/// arrived. It keeps no state, so it adds nothing to checkpoints.
/// </summary>
public sealed class CountingSink : IStreamOperator
{
    public const string TypeName = "benchCountingSink";

    public void Initialize(OperatorContext context)
    {
    }

    public void ProcessBatch(int input, RecordBatch batch, Collector output)
    {
        var probe = SinkProbes.Current;
        var stamps = probe.RecordsLatency ? batch.ColumnIndex("ts") : -1;
        if (stamps >= 0 && batch.Columns[stamps].Longs is { } values)
        {
            probe.AddStamped(values.AsSpan(0, batch.Count));
        }
        else
        {
            probe.Add(batch.Count);
        }
    }

    public void EndInput(Collector output)
    {
    }

    public void SnapshotState(CheckpointId checkpoint)
    {
    }
}
