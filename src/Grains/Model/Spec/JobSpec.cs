using GrainFlow.State;

namespace GrainFlow.Model.Spec;

/// <summary>
/// What a user submits: a named dataflow of operators with its checkpoint configuration and restart strategy, as
/// in the JSON contract of design section 10. It is the effective spec: absent optional sections already hold
/// their defaults, so the canonical JSON (and its hash, recorded in checkpoint metadata) names every setting.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class JobSpec
{
    [Id(0)] public required string Name { get; init; }

    /// <summary>The number of key groups: the upper bound of any operator's parallelism, fixed for the job's life.</summary>
    [Id(1)] public int MaxParallelism { get; init; } = KeyGroupAssigner.DefaultMaxParallelism;

    [Id(2)] public CheckpointingSpec Checkpointing { get; init; } = new();

    [Id(3)] public RestartStrategySpec RestartStrategy { get; init; } = new();

    /// <summary>The operators in the order the user listed them; the plan orders them topologically.</summary>
    [Id(4)] public required IReadOnlyList<OperatorSpec> Operators { get; init; }
}
