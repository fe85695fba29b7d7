using System.Globalization;
using GrainFlow.Benchmarks.Workloads;

namespace GrainFlow.Benchmarks.Engine;

/// <summary>
/// The benchmark jobs in GrainFlow's JSON contract. W0-W2 and W4 use the built-in <c>generator</c> and
/// <c>keyedSum</c> (what a user runs); W3 uses the stamped source and sum, which differ only in carrying an
/// event-time stamp. The generator's count is effectively unbounded: the harness measures a window and cancels.
/// </summary>
public static class GrainFlowSpecs
{
    private const long Unbounded = 1_000_000_000_000_000;

    public static string For(PipelineConfig config)
    {
        var latency = config.RecordLatency;
        var source = latency ? StampedSource.TypeName : "generator";
        var sum = latency ? StampedKeyedSum.TypeName : "keyedSum";
        var rate = config.RatePerSecond.ToString("0", CultureInfo.InvariantCulture);
        var sumOperator = config.Shape == PipelineShape.KeyedSum
            ? $$"""
                { "uid": "sums", "type": "{{sum}}", "parallelism": {{config.Parallelism}},
                  "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ], "config": { "field": "value" } },
              """
            : "";
        var sinkInput = config.Shape == PipelineShape.KeyedSum ? "sums" : "events";
        return $$"""
            {
              "name": "bench-{{config.Shape}}-{{config.Keys}}",
              "maxParallelism": 128,
              "checkpointing": { "intervalMs": {{config.CheckpointIntervalMs}}, "timeoutMs": 60000, "mode": "exactlyOnce", "retained": 2,
                                "incremental": {{(config.Incremental ? "true" : "false")}} },
              "restartStrategy": { "type": "none" },
              "operators": [
                { "uid": "events", "type": "{{source}}", "parallelism": {{config.Parallelism}},
                  "config": { "count": {{Unbounded}}, "keys": {{config.Keys}}, "ratePerSecond": {{rate}} } },
                {{sumOperator}}
                { "uid": "out", "type": "{{CountingSink.TypeName}}", "parallelism": {{config.Parallelism}},
                  "inputs": [ { "from": "{{sinkInput}}", "partitioning": "forward" } ] }
              ]
            }
            """;
    }
}
