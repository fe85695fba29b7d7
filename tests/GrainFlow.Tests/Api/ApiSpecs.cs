namespace GrainFlow.Tests.Api;

/// <summary>Job spec bodies for the API tests: the keyed-sums pipeline of design section 10 with chosen sizes.</summary>
internal static class ApiSpecs
{
    public static string KeyedSums(string name, long count, int keys, int ratePerSecond, string sinkPath,
        int sumParallelism = 3, string sumUid = "sums", string extra = "") => $$"""
        {
          "name": "{{name}}",
          "checkpointing": { "intervalMs": 200 },
          "operators": [
            { "uid": "events", "type": "generator", "parallelism": 2,
              "config": { "count": {{count}}, "keys": {{keys}}, "ratePerSecond": {{ratePerSecond}} } },
            { "uid": "{{sumUid}}", "type": "keyedSum", "parallelism": {{sumParallelism}},
              "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ],
              "config": { "field": "value" } },
            { "uid": "out", "type": "fileSink", "parallelism": 1,
              "inputs": [ { "from": "{{sumUid}}", "partitioning": "rebalance" } ],
              "config": { "path": "{{sinkPath}}" } }
          ]{{extra}}
        }
        """;

    /// <summary>A job that ends almost at once: ten records.</summary>
    public static string Tiny(string name) => KeyedSums(name, 10, 2, 0, "tiny-" + name);
}
