namespace GrainFlow.Tests.Engine;

/// <summary>Job specs the engine tests run, in the JSON contract users write.</summary>
public static class Specs
{
    public static string KeyedSums(string name, long count, int keys, long ratePerSecond, string sumType, string output,
        string mode = "exactlyOnce", int intervalMs = 200, int sourceParallelism = 2, int sumParallelism = 3,
        string restartStrategy = """{ "type": "fixedDelay", "attempts": 5, "delayMs": 100 }""", string sinkPartitioning = "rebalance",
        int sinkParallelism = 1, bool incremental = false, int retained = 2) => $$"""
        {
          "name": "{{name}}",
          "maxParallelism": 128,
          "checkpointing": { "intervalMs": {{intervalMs}}, "timeoutMs": 20000, "mode": "{{mode}}", "retained": {{retained}},
                            "incremental": {{(incremental ? "true" : "false")}} },
          "restartStrategy": {{restartStrategy}},
          "operators": [
            { "uid": "events", "type": "generator", "parallelism": {{sourceParallelism}},
              "config": { "count": {{count}}, "keys": {{keys}}, "ratePerSecond": {{ratePerSecond}} } },
            { "uid": "sums", "type": "{{sumType}}", "parallelism": {{sumParallelism}},
              "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ],
              "config": { "field": "value" } },
            { "uid": "out", "type": "fileSink", "parallelism": {{sinkParallelism}},
              "inputs": [ { "from": "sums", "partitioning": "{{sinkPartitioning}}" } ],
              "config": { "path": "{{output}}" } }
          ]
        }
        """;
}
