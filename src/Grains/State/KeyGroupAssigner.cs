using System.Runtime.CompilerServices;

namespace GrainFlow.State;

/// <summary>
/// Maps keys to key groups and key groups to subtasks, exactly as Flink's <c>KeyGroupRangeAssignment</c> does.
/// The hash is computed from the key's UTF-16 code units with a fixed seed, never <see cref="string.GetHashCode()"/>,
/// which .NET randomises per process: silos in different processes must agree on every key's group.
/// </summary>
public static class KeyGroupAssigner
{
    /// <summary>The default number of key groups, as in Flink.</summary>
    public const int DefaultMaxParallelism = 128;

    /// <summary>The largest number of key groups a job may declare.</summary>
    public const int UpperBoundMaxParallelism = 1 << 15;

    public static int KeyGroupFor(string key, int maxParallelism) => (int)(StableHash(key) % (uint)maxParallelism);

    /// <summary>The subtask that owns <paramref name="keyGroup"/> at <paramref name="parallelism"/>.</summary>
    public static int SubtaskForKeyGroup(int keyGroup, int maxParallelism, int parallelism) =>
        keyGroup * parallelism / maxParallelism;

    /// <summary>The key groups subtask <paramref name="index"/> owns; the inverse of <see cref="SubtaskForKeyGroup"/>.</summary>
    public static KeyGroupRange RangeFor(int index, int maxParallelism, int parallelism)
    {
        var start = ((index * maxParallelism) + parallelism - 1) / parallelism;
        var end = (((index + 1) * maxParallelism) - 1) / parallelism;
        return new KeyGroupRange(start, end);
    }

    /// <summary>FNV-1a over the key's characters, finished with Murmur3's avalanche so that similar keys spread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint StableHash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >> 16;
        return hash;
    }
}
