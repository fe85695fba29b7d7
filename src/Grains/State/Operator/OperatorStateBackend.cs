using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>
/// Operator (non-keyed) state for one subtask, after Flink's <c>DefaultOperatorStateBackend</c>: named list states,
/// each with a redistribution mode that decides how its elements are shared out when the job restores at any
/// parallelism. Sources keep their offsets or splits here. Single threaded, like the grain that owns it.
/// </summary>
public sealed class OperatorStateBackend(StateSerializers serializers)
{
    /// <summary>Registered states by name, in registration order.</summary>
    private readonly Dictionary<string, OperatorListState> states = new(StringComparer.Ordinal);

    /// <summary>States assigned to this subtask by a restore that no operator has registered yet.</summary>
    private readonly Dictionary<string, RestoredOperatorState> restored = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> StateNames => states.Keys;

    public IListState<T> GetListState<T>(ListStateDescriptor<T> descriptor, OperatorStateMode mode = OperatorStateMode.SplitDistribute)
    {
        var serializer = serializers.For<T>();
        if (states.TryGetValue(descriptor.Name, out var existing))
        {
            CheckSame(descriptor.Name, existing.Mode, existing.TypeName, mode, serializer.TypeName);
            return (IListState<T>)existing;
        }

        var state = new OperatorListState<T>(descriptor.Name, mode, serializer);
        if (restored.Remove(descriptor.Name, out var pending))
        {
            CheckSame(descriptor.Name, mode, serializer.TypeName, pending.Mode, pending.TypeName);
            state.Restore(pending.Elements);
        }

        states.Add(descriptor.Name, state);
        return state;
    }

    /// <summary>The synchronous part of a checkpoint: copies every list; see <see cref="OperatorStateSnapshot"/>.</summary>
    public OperatorStateSnapshot Snapshot() => new(states.Values.Select(s => s.Capture()).ToArray());

    /// <summary>
    /// Loads this subtask's share of every state from the snapshots of all old subtasks, in old subtask order (an empty
    /// payload stands for a subtask without operator state).
    /// </summary>
    public void Restore(IReadOnlyList<ReadOnlyMemory<byte>> allSubtasksSnapshots, int newIndex, int newParallelism)
    {
        var perSubtask = allSubtasksSnapshots.Select(OperatorSnapshotReader.Read).ToArray();
        var assigned = new List<RestoredOperatorState>();
        foreach (var name in perSubtask.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal))
        {
            var found = perSubtask.Select(s => s.GetValueOrDefault(name)).ToArray();
            var first = found.First(s => s is not null)!;
            foreach (var other in found.OfType<RestoredOperatorState>())
            {
                CheckSame(name, first.Mode, first.TypeName, other.Mode, other.TypeName);
            }

            if (states.TryGetValue(name, out var registered))
            {
                CheckSame(name, registered.Mode, registered.TypeName, first.Mode, first.TypeName);
            }

            var oldLists = found.Select(s => s?.Elements ?? []).ToArray();
            var elements = OperatorStateRedistribution.Assign(first.Mode, oldLists, newIndex, newParallelism);
            assigned.Add(first with { Elements = elements });
        }

        foreach (var state in assigned)
        {
            if (states.TryGetValue(state.Name, out var registered))
            {
                registered.Restore(state.Elements);
            }
            else
            {
                restored[state.Name] = state;
            }
        }
    }

    private static void CheckSame(string name, OperatorStateMode mode, string typeName, OperatorStateMode otherMode, string otherTypeName)
    {
        if (mode != otherMode)
        {
            throw new OperatorStateModeMismatchException(name, mode, otherMode);
        }

        if (typeName != otherTypeName)
        {
            throw new StateTypeMismatchException(name, typeName, otherTypeName);
        }
    }
}
