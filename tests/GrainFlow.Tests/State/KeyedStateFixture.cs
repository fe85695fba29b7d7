using GrainFlow.State;
using GrainFlow.State.Keyed;
using GrainFlow.State.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace GrainFlow.Tests.State;

/// <summary>Builds backends for the state tests: Orleans serialization registered, key groups computed as the runtime does.</summary>
internal static class KeyedStateFixture
{
    public const int MaxParallelism = 128;

    public static readonly StateSerializers Serializers =
        StateSerializers.FromServices(new ServiceCollection().AddSerializer().BuildServiceProvider());

    public static HeapKeyedStateBackend Backend(int index = 0, int parallelism = 1, int maxParallelism = MaxParallelism) =>
        new(KeyGroupAssigner.RangeFor(index, maxParallelism, parallelism), maxParallelism, Serializers);

    /// <summary>Sets <paramref name="key"/> as current with the key group the runtime would pass.</summary>
    public static void Select(this HeapKeyedStateBackend backend, string key) =>
        backend.SetCurrentKey(key, KeyGroupAssigner.KeyGroupFor(key, backend.MaxParallelism));
}
