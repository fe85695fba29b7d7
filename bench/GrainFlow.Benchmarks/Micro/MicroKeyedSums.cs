using GrainFlow.State;
using GrainFlow.State.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;

namespace GrainFlow.Benchmarks.Micro;

/// <summary>
/// The micro-benchmarks' keyed state: the keyed sum's (sum, count) value state in one backend that holds all 128 key
/// groups, as the single subtask of a job at parallelism 1 would.
/// </summary>
public static class MicroKeyedSums
{
    public const int MaxParallelism = 128;

    public static readonly ValueStateDescriptor<(long Sum, long Count)> Descriptor = new("sum-count");

    public static HeapKeyedStateBackend EmptyBackend() =>
        new(new KeyGroupRange(0, MaxParallelism - 1), MaxParallelism, new StateSerializers());

    /// <summary>A backend in which every one of <paramref name="keys"/> keys holds <paramref name="value"/>.</summary>
    public static HeapKeyedStateBackend Filled(int keys, (long Sum, long Count) value)
    {
        var backend = EmptyBackend();
        var state = backend.GetState(Descriptor);
        foreach (var key in Workloads.KeyNames.Create(keys))
        {
            backend.SetCurrentKey(key, KeyGroupAssigner.KeyGroupFor(key, MaxParallelism));
            state.Update(value);
        }

        return backend;
    }
}
