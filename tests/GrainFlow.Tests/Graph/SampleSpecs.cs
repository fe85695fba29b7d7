using GrainFlow.Model.Spec;

namespace GrainFlow.Tests.Graph;

/// <summary>The design's sample spec (section 10) and helpers to vary it, for the graph tests.</summary>
internal static class SampleSpecs
{
    public const string KeyedSumsJson = """
        {
          "name": "keyed-sums",
          "maxParallelism": 128,
          "checkpointing": { "intervalMs": 1000, "timeoutMs": 60000, "minPauseMs": 0, "maxConcurrent": 1,
                             "mode": "exactlyOnce", "tolerableFailures": 0, "retained": 3 },
          "restartStrategy": { "type": "exponentialDelay", "initialDelayMs": 100, "maxDelayMs": 10000 },
          "operators": [
            { "uid": "events", "type": "generator", "parallelism": 2,
              "config": { "count": 1000000, "keys": 1000, "ratePerSecond": 100000 } },
            { "uid": "sums", "type": "keyedSum", "parallelism": 3,
              "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ],
              "config": { "field": "value" } },
            { "uid": "out", "type": "fileSink", "parallelism": 1,
              "inputs": [ { "from": "sums", "partitioning": "rebalance" } ],
              "config": { "path": "out/keyed-sums" } }
          ]
        }
        """;

    public static JobSpec KeyedSums() => JobSpecJson.Parse(KeyedSumsJson);

    public static OperatorSpec Op(string uid, string type, int parallelism = 1, params InputSpec[] inputs) => new()
    {
        Uid = uid,
        Type = type,
        Parallelism = parallelism,
        Inputs = inputs,
        Config = ConfigFor(type),
    };

    /// <summary>A valid job of the given operators, every other setting at its default.</summary>
    public static JobSpec Job(params OperatorSpec[] operators) => new() { Name = "test", Operators = operators };

    private static OperatorConfig ConfigFor(string type) => type switch
    {
        "keyedSum" => OperatorConfig.FromRawJson([new("field", "\"value\"")]),
        "fileSink" => OperatorConfig.FromRawJson([new("path", "\"out\"")]),
        _ => OperatorConfig.Empty,
    };
}
