using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// Keyed state kept in memory for one subtask, after Flink's <c>HeapKeyedStateBackend</c>: per state name, per key
/// group of the subtask's range, a copy-on-write map from key to value. The runtime sets the current key (with its
/// precomputed key group) before each record; state objects read and write that key. <see cref="Snapshot"/> pins
/// the maps (cheap, synchronous) and <see cref="Restore"/> reads the owned key groups of snapshots written at any
/// parallelism. Single threaded, like the grain that owns it; only snapshot serialisation runs elsewhere.
/// <para>
/// An incremental backend can also snapshot just what changed since one of its earlier snapshots (Flink's
/// incremental checkpoints, which its heap backend lacks): writes stamp their entries with the current
/// <see cref="SnapshotEpoch"/>, removals are kept with theirs, and an increment writes what is newer than its base.
/// </para>
/// </summary>
public sealed class HeapKeyedStateBackend : IKeyedStateStore
{
    private readonly StateSerializers serializers;

    /// <summary>Shared with every table so state objects follow <see cref="SetCurrentKey"/>.</summary>
    private readonly CurrentKey current = new();

    /// <summary>Registered states by name, in registration order (the order of states in snapshots).</summary>
    private readonly Dictionary<string, KeyedStateTable> tables = new(StringComparer.Ordinal);

    /// <summary>The state objects handed out, by name, so a repeated registration returns the same object.</summary>
    private readonly Dictionary<string, object> stateObjects = new(StringComparer.Ordinal);

    /// <summary>Restored states no operator has registered yet; decoded on registration.</summary>
    private readonly Dictionary<string, RestoredKeyedState> restored = new(StringComparer.Ordinal);

    /// <summary>The snapshot clock every map stamps its writes with.</summary>
    private readonly WriteEpochs epochs = new();

    /// <param name="range">The key groups this backend holds.</param>
    /// <param name="maxParallelism">The job's number of key groups.</param>
    /// <param name="serializers">How state values are written to snapshots.</param>
    /// <param name="incremental">Whether <see cref="Snapshot"/> may be asked for increments: the maps then keep the keys they remove.</param>
    public HeapKeyedStateBackend(KeyGroupRange range, int maxParallelism, StateSerializers serializers, bool incremental = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxParallelism, KeyGroupAssigner.UpperBoundMaxParallelism);
        if (range.Count == 0 || range.Start < 0 || range.End >= maxParallelism)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, $"Must be a non-empty range within [0..{maxParallelism - 1}].");
        }

        KeyGroupRange = range;
        MaxParallelism = maxParallelism;
        this.serializers = serializers;
        IsIncremental = incremental;
        epochs.KeepsRemovals = incremental;
    }

    /// <summary>Whether the backend can take increments (see the constructor).</summary>
    public bool IsIncremental { get; }

    public KeyGroupRange KeyGroupRange { get; }

    public int MaxParallelism { get; }

    public string? CurrentKey => current.Key.Value;

    /// <summary>
    /// The number of distinct keys holding any registered state; restored states count once an operator registers them.
    /// </summary>
    public int KeyCount
    {
        get
        {
            if (tables.Count == 1)
            {
                return tables.Values.First().EntryCount;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var table in tables.Values)
            {
                table.CollectKeys(keys);
            }

            return keys.Count;
        }
    }

    /// <summary>The registered states' names, in registration order.</summary>
    public IReadOnlyCollection<string> StateNames => tables.Keys;

    /// <summary>Binds every state object to <paramref name="key"/>, whose key group the runtime computed when routing.</summary>
    public void SetCurrentKey(string key, int keyGroup)
    {
        if (!KeyGroupRange.Contains(keyGroup))
        {
            throw new KeyGroupOutOfRangeException(key, keyGroup, KeyGroupRange);
        }

        current.Key = new StateKey(key);
        current.GroupIndex = keyGroup - KeyGroupRange.Start;
    }

    public IValueState<T> GetState<T>(ValueStateDescriptor<T> descriptor) =>
        GetOrCreate(descriptor, serializers.For<T>(), table => new HeapValueState<T>(table, descriptor.DefaultValue));

    public IListState<T> GetListState<T>(ListStateDescriptor<T> descriptor) =>
        GetOrCreate(descriptor, serializers.ListOf<T>(), table => new HeapListState<T>(table));

    public IMapState<TKey, TValue> GetMapState<TKey, TValue>(MapStateDescriptor<TKey, TValue> descriptor)
        where TKey : notnull =>
        GetOrCreate(descriptor, serializers.MapOf<TKey, TValue>(), table => new HeapMapState<TKey, TValue>(table));

    public IReducingState<T> GetReducingState<T>(ReducingStateDescriptor<T> descriptor) =>
        GetOrCreate(descriptor, serializers.For<T>(), table => new HeapReducingState<T>(table, descriptor.Reduce));

    /// <summary>
    /// The synchronous part of a checkpoint: pins every state's maps and ends the current epoch; see
    /// <see cref="KeyedStateSnapshot"/>. With <paramref name="since"/>, the snapshot is an increment over this
    /// backend's earlier snapshot of that epoch.
    /// </summary>
    public KeyedStateSnapshot Snapshot(SnapshotEpoch? since = null)
    {
        if (since is { } @base && (!IsIncremental || @base.Value < 0 || @base.Value >= epochs.Current))
        {
            throw new ArgumentOutOfRangeException(nameof(since), since, IsIncremental
                ? $"An increment builds on an earlier snapshot of this backend; the epochs taken so far are 0 to {epochs.Current - 1}."
                : "This backend was not created incremental, so it keeps no removals to build an increment from.");
        }

        var epoch = new SnapshotEpoch(epochs.Current);
        var captures = tables.Values.Select(t => t.Capture(since?.Value ?? -1)).ToArray();
        epochs.Current++;
        return new KeyedStateSnapshot(KeyGroupRange, MaxParallelism, captures, epoch, since);
    }

    /// <summary>
    /// Tells the backend that its snapshot of <paramref name="epoch"/> belongs to a completed checkpoint: every later
    /// increment builds on it or a newer one, so removals up to it are forgotten.
    /// </summary>
    public void OnSnapshotConfirmed(SnapshotEpoch epoch) =>
        epochs.ForgottenThrough = Math.Max(epochs.ForgottenThrough, epoch.Value);

    /// <summary>
    /// Loads this backend's key groups from snapshot payloads written at any parallelism (payloads that cover none of
    /// them contribute nothing). All payloads are validated before any state changes.
    /// </summary>
    public void Restore(IEnumerable<ReadOnlyMemory<byte>> snapshots)
    {
        var staged = new Dictionary<string, RestoredKeyedState>(StringComparer.Ordinal);
        foreach (var payload in snapshots)
        {
            var reader = new KeyedSnapshotReader(payload);
            if (reader.MaxParallelism != MaxParallelism)
            {
                throw new MaxParallelismMismatchException(MaxParallelism, reader.MaxParallelism);
            }

            foreach (var state in reader.States)
            {
                CheckCompatible(state.Name, state.Kind, state.TypeName);
                if (staged.TryGetValue(state.Name, out var earlier))
                {
                    CheckSame(earlier.Name, earlier.Kind, earlier.TypeName, state.Kind, state.TypeName);
                }
            }

            reader.ReadSegments(KeyGroupRange);
            foreach (var state in reader.States)
            {
                if (!staged.TryAdd(state.Name, state))
                {
                    staged[state.Name].Segments.AddRange(state.Segments);
                }
            }
        }

        foreach (var (name, state) in staged)
        {
            if (tables.TryGetValue(name, out var table))
            {
                table.Restore(state);
            }
            else if (!restored.TryAdd(name, state))
            {
                restored[name].Segments.AddRange(state.Segments);
            }
        }
    }

    private TState GetOrCreate<TTable, TState>(
        StateDescriptor descriptor, StateSerializer<TTable> serializer, Func<KeyedStateTable<TTable>, TState> create)
        where TState : class
    {
        if (stateObjects.TryGetValue(descriptor.Name, out var existing))
        {
            var table = tables[descriptor.Name];
            CheckSame(table.Name, table.Kind, table.TypeName, descriptor.Kind, serializer.TypeName);
            return (TState)existing;
        }

        var created = new KeyedStateTable<TTable>(descriptor.Name, descriptor.Kind, KeyGroupRange, current, epochs, serializer);
        if (restored.Remove(descriptor.Name, out var pending))
        {
            CheckSame(descriptor.Name, descriptor.Kind, serializer.TypeName, pending.Kind, pending.TypeName);
            created.Restore(pending);
        }

        tables.Add(descriptor.Name, created);
        var state = create(created);
        stateObjects.Add(descriptor.Name, state);
        return state;
    }

    private void CheckCompatible(string name, StateKind kind, string typeName)
    {
        if (tables.TryGetValue(name, out var table))
        {
            CheckSame(name, table.Kind, table.TypeName, kind, typeName);
        }
        else if (restored.TryGetValue(name, out var pending))
        {
            CheckSame(name, pending.Kind, pending.TypeName, kind, typeName);
        }
    }

    private static void CheckSame(string name, StateKind kind, string typeName, StateKind otherKind, string otherTypeName)
    {
        if (kind != otherKind)
        {
            throw new StateKindMismatchException(name, kind, otherKind);
        }

        if (typeName != otherTypeName)
        {
            throw new StateTypeMismatchException(name, typeName, otherTypeName);
        }
    }
}
