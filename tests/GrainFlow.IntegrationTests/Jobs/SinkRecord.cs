namespace GrainFlow.IntegrationTests.Jobs;

/// <summary>One keyedSum update as the sink committed it: the key, its running sum, and how many records it has seen.</summary>
public sealed record SinkRecord(string Key, long Sum, long Count);
