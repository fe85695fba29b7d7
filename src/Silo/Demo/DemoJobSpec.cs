namespace GrainFlow.Silo.Demo;

/// <summary>
/// The sample job <c>--demo</c> submits, in the JSON users write (design section 10): a generator of 1,000 keys at
/// 100,000 records/s over two subtasks, hash-partitioned into three keyed sums, written exactly once to
/// <c>out/demo</c> under the data directory's <c>files</c> folder, with a checkpoint every second. Its 60 million
/// records last about ten minutes, long enough to watch checkpoints, then the job finishes on its own.
/// </summary>
public static class DemoJobSpec
{
    public const string Json = """
        {
          "name": "demo-keyed-sums",
          "maxParallelism": 128,
          "checkpointing": { "intervalMs": 1000, "timeoutMs": 60000, "mode": "exactlyOnce", "retained": 3 },
          "restartStrategy": { "type": "exponentialDelay", "initialDelayMs": 100, "maxDelayMs": 10000 },
          "operators": [
            { "uid": "events", "type": "generator", "parallelism": 2,
              "config": { "count": 60000000, "keys": 1000, "ratePerSecond": 100000 } },
            { "uid": "sums", "type": "keyedSum", "parallelism": 3,
              "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ],
              "config": { "field": "value" } },
            { "uid": "out", "type": "fileSink", "parallelism": 1,
              "inputs": [ { "from": "sums", "partitioning": "rebalance" } ],
              "config": { "path": "out/demo" } }
          ]
        }
        """;
}
