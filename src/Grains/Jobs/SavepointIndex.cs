namespace GrainFlow.Jobs;

/// <summary>The persisted list of savepoints: they outlive the jobs that took them, so they need an index of their own.</summary>
[GenerateSerializer]
public sealed class SavepointIndex
{
    [Id(0)]
    public List<SavepointSummary> Savepoints { get; set; } = [];
}
