using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.State;

namespace GrainFlow.Graph;

/// <summary>
/// The parallel shape of a job, computed from its validated spec: vertices in topological order, and the
/// subtask-level views the runtime needs (every subtask, the source subtasks, each subtask's ordered input channels,
/// its output targets with the channel index it occupies at each, and its key groups). It is a pure, deterministic
/// function of the job id and spec, so every grain recomputes it instead of receiving it.
/// </summary>
public sealed class ExecutionPlan
{
    /// <summary>The vertices by uid, to resolve a subtask's operator.</summary>
    private readonly Dictionary<OperatorUid, ExecutionVertex> _vertices;

    private ExecutionPlan(JobId job, int maxParallelism, IReadOnlyList<ExecutionVertex> vertices)
    {
        Job = job;
        MaxParallelism = maxParallelism;
        Vertices = vertices;
        _vertices = vertices.ToDictionary(v => v.Uid);
        Subtasks = vertices.SelectMany(v => Enumerable.Range(0, v.Parallelism).Select(i => v.Subtask(job, i))).ToArray();
        SourceSubtasks = Subtasks.Where(s => _vertices[s.Operator].Role == OperatorRole.Source).ToArray();
    }

    public JobId Job { get; }

    public int MaxParallelism { get; }

    /// <summary>The vertices in topological order; among independent ones, in spec order.</summary>
    public IReadOnlyList<ExecutionVertex> Vertices { get; }

    /// <summary>Every subtask of the job, by vertex in plan order and then by index.</summary>
    public IReadOnlyList<SubtaskId> Subtasks { get; }

    /// <summary>The subtasks of the source vertices: those the coordinator triggers checkpoints at.</summary>
    public IReadOnlyList<SubtaskId> SourceSubtasks { get; }

    /// <summary>The plan of <paramref name="spec"/>, which must have passed <see cref="JobSpecValidator"/>.</summary>
    public static ExecutionPlan Build(JobId job, JobSpec spec)
    {
        var indexByUid = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Operators.Count; i++)
        {
            if (!indexByUid.TryAdd(spec.Operators[i].Uid, i))
            {
                throw new ArgumentException($"Duplicate operator uid '{spec.Operators[i].Uid}'; validate the spec first.", nameof(spec));
            }
        }

        foreach (var input in spec.Operators.SelectMany(o => o.Inputs).Where(input => !indexByUid.ContainsKey(input.From)))
        {
            throw new ArgumentException($"Unknown input '{input.From}'; validate the spec first.", nameof(spec));
        }

        var order = TopologicalOrder.Of(spec, indexByUid);
        var inputs = spec.Operators.Select(op => InputEdges(spec, op, indexByUid)).ToArray();
        var outputs = order.Select(_ => new List<ExecutionEdge>()).ToArray();
        var position = new int[order.Count];
        for (var p = 0; p < order.Count; p++)
        {
            position[order[p]] = p;
        }

        foreach (var consumer in order)
        {
            foreach (var edge in inputs[consumer])
            {
                outputs[position[indexByUid[edge.Source.Value]]].Add(edge);
            }
        }

        var vertices = order.Select((i, p) => new ExecutionVertex(spec.Operators[i], spec.MaxParallelism, inputs[i], outputs[p])).ToArray();
        return new ExecutionPlan(job, spec.MaxParallelism, vertices);
    }

    public ExecutionVertex Vertex(OperatorUid uid) =>
        _vertices.TryGetValue(uid, out var vertex) ? vertex : throw new KeyNotFoundException($"Job {Job} has no operator '{uid}'.");

    public ExecutionVertex VertexOf(SubtaskId subtask)
    {
        var vertex = Vertex(subtask.Operator);
        if (subtask.Job != Job || subtask.Index.Value < 0 || subtask.Index.Value >= vertex.Parallelism)
        {
            throw new ArgumentOutOfRangeException(nameof(subtask), subtask, $"Not a subtask of job {Job}'s plan.");
        }

        return vertex;
    }

    /// <summary>The channels into <paramref name="subtask"/>, by input ordinal and then upstream index; index i is channel i.</summary>
    public IReadOnlyList<InputChannel> InputChannelsOf(SubtaskId subtask)
    {
        var vertex = VertexOf(subtask);
        var channels = new List<InputChannel>(vertex.InputChannelCount);
        foreach (var edge in vertex.Inputs)
        {
            var upstream = Vertex(edge.Source);
            if (edge.IsAllToAll)
            {
                for (var u = 0; u < edge.SourceParallelism; u++)
                {
                    channels.Add(new InputChannel(edge.ChannelOf(u), edge.InputOrdinal, upstream.Subtask(Job, u)));
                }
            }
            else
            {
                channels.Add(new InputChannel(edge.FirstChannel, edge.InputOrdinal, upstream.Subtask(Job, subtask.Index.Value)));
            }
        }

        return channels;
    }

    /// <summary>Per output edge of <paramref name="subtask"/>'s vertex, the downstream subtasks it sends to.</summary>
    public IReadOnlyList<OutputTargets> OutputTargetsOf(SubtaskId subtask)
    {
        var vertex = VertexOf(subtask);
        var sender = subtask.Index.Value;
        var result = new List<OutputTargets>(vertex.Outputs.Count);
        foreach (var edge in vertex.Outputs)
        {
            var downstream = Vertex(edge.Target);
            var channel = edge.ChannelOf(sender);
            var targets = edge.IsAllToAll
                ? Enumerable.Range(0, edge.TargetParallelism).Select(d => new OutputTarget(downstream.Subtask(Job, d), channel)).ToArray()
                : [new OutputTarget(downstream.Subtask(Job, sender), channel)];
            result.Add(new OutputTargets(edge, targets));
        }

        return result;
    }

    /// <summary>The key groups <paramref name="subtask"/> owns: the slice of its vertex's keyed state it holds.</summary>
    public KeyGroupRange KeyGroupsOf(SubtaskId subtask)
    {
        var vertex = VertexOf(subtask);
        return KeyGroupAssigner.RangeFor(subtask.Index.Value, MaxParallelism, vertex.Parallelism);
    }

    private static ExecutionEdge[] InputEdges(JobSpec spec, OperatorSpec op, Dictionary<string, int> indexByUid)
    {
        var edges = new ExecutionEdge[op.Inputs.Count];
        var firstChannel = 0;
        for (var k = 0; k < edges.Length; k++)
        {
            var input = op.Inputs[k];
            var source = spec.Operators[indexByUid[input.From]];
            edges[k] = new ExecutionEdge(new OperatorUid(source.Uid), source.Parallelism, new OperatorUid(op.Uid), op.Parallelism,
                k, input.Partitioning, input.KeyBy, spec.MaxParallelism, firstChannel);
            firstChannel += edges[k].ChannelsPerTarget;
        }

        return edges;
    }
}
