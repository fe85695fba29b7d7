namespace GrainFlow.IntegrationTests.Jobs;

/// <summary>
/// The job the fault tests run, in the JSON contract users write: a bounded, rate-limited generator (parallelism 2)
/// hashed by key into keyedSum (parallelism 4) and an exactly-once file sink, checkpointing every 500 ms. The rate
/// stretches the run over the faults; the bound makes its exact answer known in advance (<see cref="Answer"/>).
/// </summary>
public sealed record KeyedSumsJob(string Name, long Count, int Keys, long RatePerSecond, string OutputDirectory)
{
    public int CheckpointIntervalMs { get; init; } = 500;

    public int SumParallelism { get; init; } = 4;

    /// <summary>Exponential back-off without an attempt limit: every fault in the suite must end in a restart, never a give-up.</summary>
    public string RestartStrategy { get; init; } = """{ "type": "exponentialDelay", "initialDelayMs": 200, "maxDelayMs": 2000 }""";

    public GeneratorAnswer Answer => new(Count, Keys);

    public string Spec => $$"""
        {
          "name": "{{Name}}",
          "maxParallelism": 128,
          "checkpointing": { "intervalMs": {{CheckpointIntervalMs}}, "timeoutMs": 10000, "mode": "exactlyOnce", "retained": 3 },
          "restartStrategy": {{RestartStrategy}},
          "operators": [
            { "uid": "events", "type": "generator", "parallelism": 2,
              "config": { "count": {{Count}}, "keys": {{Keys}}, "ratePerSecond": {{RatePerSecond}} } },
            { "uid": "sums", "type": "keyedSum", "parallelism": {{SumParallelism}},
              "inputs": [ { "from": "events", "partitioning": "hash", "keyBy": "key" } ],
              "config": { "field": "value" } },
            { "uid": "out", "type": "fileSink", "parallelism": 1,
              "inputs": [ { "from": "sums", "partitioning": "rebalance" } ],
              "config": { "path": "{{OutputDirectory}}" } }
          ]
        }
        """;
}
