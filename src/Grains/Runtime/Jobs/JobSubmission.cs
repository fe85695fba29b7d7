using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Runtime.Jobs;

/// <summary>A validated job to run, and optionally the checkpoint or savepoint (of any job) it starts from.</summary>
[GenerateSerializer, Immutable]
public sealed record JobSubmission(
    [property: Id(0)] JobSpec Spec,
    [property: Id(1)] JobId? RestoreFromJob,
    [property: Id(2)] CompletedCheckpoint? RestoreFrom);
