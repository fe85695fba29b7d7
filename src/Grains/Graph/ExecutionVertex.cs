using GrainFlow.Model;
using GrainFlow.Model.Spec;

namespace GrainFlow.Graph;

/// <summary>
/// One operator of the execution plan, with everything the runtime needs to start its subtasks: its type, role,
/// parallelism and config, and its input and output edges. The role follows from the graph: a vertex without inputs
/// is a source, one without outputs a sink (validation has made sure only sinks end a pipeline).
/// </summary>
public sealed class ExecutionVertex
{
    internal ExecutionVertex(OperatorSpec op, int maxParallelism, IReadOnlyList<ExecutionEdge> inputs, IReadOnlyList<ExecutionEdge> outputs)
    {
        Uid = new OperatorUid(op.Uid);
        Type = op.Type;
        Parallelism = op.Parallelism;
        MaxParallelism = maxParallelism;
        Config = op.Config;
        Inputs = inputs;
        Outputs = outputs;
        Role = inputs.Count == 0 ? OperatorRole.Source : outputs.Count == 0 ? OperatorRole.Sink : OperatorRole.Transform;
        KeyBy = inputs.FirstOrDefault(e => e.Partitioning == Partitioning.Hash)?.KeyBy;
        InputChannelCount = inputs.Sum(e => e.ChannelsPerTarget);
    }

    public OperatorUid Uid { get; }
    public string Type { get; }
    public OperatorRole Role { get; }
    public int Parallelism { get; }
    public int MaxParallelism { get; }
    public OperatorConfig Config { get; }

    /// <summary>The input edges in ordinal order.</summary>
    public IReadOnlyList<ExecutionEdge> Inputs { get; }

    /// <summary>The output edges, ordered by consumer (in plan order) and then the consumer's input ordinal.</summary>
    public IReadOnlyList<ExecutionEdge> Outputs { get; }

    /// <summary>Whether the vertex has keyed state: some input is hash partitioned.</summary>
    public bool IsKeyed => KeyBy is not null;

    /// <summary>The key field of the first hash-partitioned input; null when the vertex is not keyed.</summary>
    public string? KeyBy { get; }

    /// <summary>How many channels each subtask of this vertex reads from; the same for every subtask.</summary>
    public int InputChannelCount { get; }

    public SubtaskId Subtask(JobId job, int index) => new(job, Uid, new SubtaskIndex(index));

    public override string ToString() => $"{Uid} ({Type}, {Role}, x{Parallelism})";
}
