using GrainFlow.Checkpointing;
using GrainFlow.Graph;
using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.Runtime.Channels;
using GrainFlow.State;
using GrainFlow.State.Keyed;
using GrainFlow.State.Operator;

namespace GrainFlow.Runtime.Tasks;

/// <summary>
/// Builds one subtask attempt from its deployment: derives the execution plan from the spec, opens the output
/// channels, creates the state backends and restores them (keyed objects overlapping this subtask's key groups,
/// every operator-state object for redistribution), then creates and initialises the operator.
/// </summary>
public static class ExecutionFactory
{
    public static async Task<SubtaskExecution> CreateAsync(TaskDeployment deployment, TaskServices services, CancellationToken cancellation)
    {
        var subtask = deployment.Subtask;
        var plan = ExecutionPlan.Build(subtask.Job, deployment.Spec);
        var vertex = plan.VertexOf(subtask);
        var keyGroups = plan.KeyGroupsOf(subtask);

        var keyed = vertex.IsKeyed
            ? new HeapKeyedStateBackend(keyGroups, vertex.MaxParallelism, services.Serializers, deployment.Spec.Checkpointing.Incremental)
            : null;
        var operatorState = new OperatorStateBackend(services.Serializers);
        if (deployment.Restore is { } restore)
        {
            await RestoreAsync(restore, subtask, vertex.Parallelism, keyGroups, keyed, operatorState, services, cancellation);
        }

        var edges = plan.OutputTargetsOf(subtask)
            .Select(edge => (edge, OpenChannels(edge, deployment.Attempt, services)))
            .ToList();
        var router = new OutputRouter(subtask.Index, edges);
        var op = services.Operators.Create(vertex.Type, vertex.Config);
        op.Initialize(new OperatorContext
        {
            Subtask = subtask,
            Parallelism = vertex.Parallelism,
            MaxParallelism = vertex.MaxParallelism,
            KeyGroups = keyGroups,
            Config = vertex.Config,
            Attempt = deployment.Attempt,
            KeyedState = keyed,
            OperatorState = operatorState,
            IsRestored = deployment.Restore is not null,
            KeyBy = vertex.KeyBy,
            Files = services.Files,
            Time = services.Time,
            Logger = services.Logger,
        });

        var parts = new ExecutionParts(subtask, deployment.Attempt, plan, vertex, op, keyed, operatorState, router,
            plan.InputChannelsOf(subtask), deployment.Spec.Checkpointing.Mode, services);
        return op is ISourceOperator ? new SourceExecution(parts) : new OperatorExecution(parts);
    }

    private static OutputChannel[] OpenChannels(OutputTargets edge, Attempt attempt, TaskServices services)
    {
        var channels = new OutputChannel[edge.Edge.TargetParallelism];
        foreach (var target in edge.Targets)
        {
            channels[target.Downstream.Index.Value] = new OutputChannel(target.Downstream, target.ChannelIndex,
                SenderTo(target.Downstream, services), attempt, services.Options.CreditsPerChannel);
        }

        return channels;
    }

    private static Func<ChannelMessage, Task> SenderTo(SubtaskId downstream, TaskServices services)
    {
        if (services.Options.Transport == ChannelTransport.Streams)
        {
            var stream = services.Streams.GetStream<ChannelMessage>(ChannelStreams.For(downstream));
            return message => stream.OnNextAsync(message);
        }

        return services.Grains.GetGrain<ISubtaskGrain>(downstream.GrainKey).DeliverAsync;
    }

    private static async Task RestoreAsync(TaskRestore restore, SubtaskId subtask, int parallelism, KeyGroupRange keyGroups,
        HeapKeyedStateBackend? keyed, OperatorStateBackend operatorState, TaskServices services, CancellationToken cancellation)
    {
        async Task<ReadOnlyMemory<byte>> Read(SnapshotHandle handle) =>
            await services.Snapshots.ReadAsync(handle, restore.OriginJob, restore.Checkpoint, cancellation);

        if (keyed is not null)
        {
            var overlapping = restore.Handles.Where(h => h.Kind == SnapshotHandleKind.Keyed && Overlaps(h.KeyGroups, keyGroups));
            keyed.Restore(await Task.WhenAll(overlapping.Select(Read)));
        }

        var operatorHandles = restore.Handles.Where(h => h.Kind == SnapshotHandleKind.Operator).ToList();
        if (operatorHandles.Count > 0)
        {
            operatorState.Restore(await Task.WhenAll(operatorHandles.Select(Read)), subtask.Index.Value, parallelism);
        }
    }

    private static bool Overlaps(KeyGroupRange a, KeyGroupRange b) => a.Count > 0 && b.Count > 0 && a.Start <= b.End && b.Start <= a.End;
}
