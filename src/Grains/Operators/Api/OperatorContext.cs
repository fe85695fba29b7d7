using GrainFlow.Model.Spec;
using GrainFlow.Model;
using GrainFlow.State.Api;
using GrainFlow.State.Operator;
using GrainFlow.State;
using Microsoft.Extensions.Logging;

namespace GrainFlow.Operators.Api;

/// <summary>
/// Everything an operator instance may know about where it runs: its subtask, its slice of key groups, its config,
/// its state (already restored when <see cref="IsRestored"/>), and the services it may use. Built by the runtime for
/// every attempt, so nothing in it outlives a restart.
/// </summary>
public sealed class OperatorContext
{
    public required SubtaskId Subtask { get; init; }
    public required int Parallelism { get; init; }
    public required int MaxParallelism { get; init; }
    public required KeyGroupRange KeyGroups { get; init; }
    public required OperatorConfig Config { get; init; }
    public required Attempt Attempt { get; init; }

    /// <summary>Keyed state bound to the current key; null for operators whose input is not keyed.</summary>
    public required IKeyedStateStore? KeyedState { get; init; }

    /// <summary>Non-keyed list state (source offsets, sink transactions), redistributed on rescale.</summary>
    public required OperatorStateBackend OperatorState { get; init; }

    /// <summary>True when state was restored from a checkpoint or savepoint rather than started empty.</summary>
    public required bool IsRestored { get; init; }

    /// <summary>The field records are keyed by, when the input is hash-partitioned.</summary>
    public required string? KeyBy { get; init; }

    public required FilePathResolver Files { get; init; }
    public required TimeProvider Time { get; init; }
    public required ILogger Logger { get; init; }
}
