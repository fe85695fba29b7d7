using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Jobs;

/// <summary>A savepoint's metadata as the REST API shows it: where it came from, what it holds, the spec it was taken with.</summary>
[GenerateSerializer, Immutable]
public sealed record SavepointDetails(
    [property: Id(0)] SavepointId Savepoint,
    [property: Id(1)] JobId Job,
    [property: Id(2)] string JobName,
    [property: Id(3)] CheckpointId Checkpoint,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] long StateBytes,
    [property: Id(6)] int MaxParallelism,
    [property: Id(7)] IReadOnlyList<SavepointOperatorState> Operators,
    [property: Id(8)] JobSpec Spec);
