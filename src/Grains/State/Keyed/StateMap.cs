using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// One key group's entries of one state: a chained hash table, laid out as <see cref="Dictionary{TKey,TValue}"/> is
/// (a bucket array and an entry array), whose arrays a checkpoint can copy as blocks and use again, and which keeps
/// every key a second time, already encoded for the snapshot.
/// </summary>
/// <remarks>
/// The layout is what makes checkpoints cheap. Copy-on-write must give the live state a copy of every key group a
/// snapshot still holds, at the first write after each barrier, and with a <see cref="Dictionary{TKey,TValue}"/>
/// that copy re-linked every entry into fresh arrays: at 1 M keys and 1 s checkpoints, 28 MB of large-object
/// garbage a second and full collections to match. Here <see cref="Clone"/> copies both arrays as they are (two
/// block copies), into the arrays of the map the previous snapshot let go of: two sets of arrays per key group take
/// turns, and a checkpoint allocates nothing. (The shared array pool was tried first: it keeps a few arrays per size,
/// and a subtask with 64 key groups returns 64 at once, so most were dropped and the garbage stayed.)
/// <para>
/// Each key is also held in its snapshot encoding (<see cref="SnapshotStrings"/>), appended to a byte arena when the
/// key is added, so <see cref="WriteEntries"/> copies a key's bytes instead of encoding its string. Encoding is not
/// what it saves: a key group's strings lie wherever the records that brought them were deserialised, and reading
/// each one missed the cache. At 1 M keys, a snapshot took 95-125 ns a key that way and the arena takes about a
/// quarter of that, for some 13 more bytes a key (the bytes and their offset).
/// </para>
/// <para>
/// Each entry also records the epoch of its last write (<see cref="WriteEpochs"/>), and, in an incremental backend,
/// the map keeps the keys it removes with their epochs, so that <see cref="WriteEntries"/> and
/// <see cref="RemovedKeys"/> can give just what changed after an earlier snapshot.
/// </para>
/// Single threaded, like the backend that owns it; a pinned map is only read, so a snapshot may be written from
/// another thread.
/// </remarks>
internal sealed class StateMap<TState> : IEnumerable<KeyValuePair<string, TState>>
{
    /// <summary>The smallest capacity a map grows to on its first entry.</summary>
    private const int MinimumCapacity = 4;

    /// <summary>A free entry's <see cref="Entry.Next"/> is at most this, so a live one (-1 or an index) is told apart.</summary>
    private const int StartOfFreeList = -3;

    /// <summary>Bucket heads, one-based indexes into <see cref="entries"/> (0 means empty); <see cref="capacity"/> used.</summary>
    private int[] buckets = [];

    private Entry[] entries = [];

    /// <summary>The length of both arrays, a power of two (zero until the first entry).</summary>
    private int capacity;

    /// <summary>Entries used so far, including freed ones; live entries all lie below it.</summary>
    private int used;

    private int freeList = -1;

    private int freeCount;

    /// <summary>The keys in snapshot encoding, each at its entry's <see cref="keyOffsets"/>; <see cref="keyBytesUsed"/> bytes used.</summary>
    private byte[] keyBytes = [];

    /// <summary>Where each entry's encoded key starts in <see cref="keyBytes"/>, by entry index.</summary>
    private int[] keyOffsets = [];

    private int keyBytesUsed;

    /// <summary>Bytes of <see cref="keyBytes"/> that belong to removed keys; reclaimed by <see cref="CompactKeys"/>.</summary>
    private int keyBytesFree;

    /// <summary>The epoch each entry was last written in, by entry index.</summary>
    private int[] writtenIn = [];

    /// <summary>The removed keys an increment may still need, oldest first; null when there are none.</summary>
    private List<Removal>? removals;

    private readonly WriteEpochs epochs;

    public StateMap()
        : this(new WriteEpochs())
    {
    }

    public StateMap(WriteEpochs epochs) => this.epochs = epochs;

    public int Count => used - freeCount;

    /// <summary>How many snapshots hold this map; the owner copies it before a write while positive.</summary>
    public int Pins { get; set; }

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < used; i++)
            {
                if (entries[i].Next >= -1)
                {
                    yield return entries[i].Key;
                }
            }
        }
    }

    public bool TryGetValue(StateKey key, out TState value)
    {
        var index = FindEntry(key);
        if (index >= 0)
        {
            value = entries[index].Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value slot of <paramref name="key"/>, added with the default value when absent.</summary>
    public ref TState GetValueRefOrAddDefault(StateKey key, out bool exists)
    {
        var index = FindEntry(key);
        exists = index >= 0;
        if (!exists)
        {
            index = Add(key);
        }

        writtenIn[index] = epochs.Current;
        return ref entries[index].Value;
    }

    public void Set(StateKey key, TState value) => GetValueRefOrAddDefault(key, out _) = value;

    public bool Remove(StateKey key)
    {
        if (capacity == 0)
        {
            return false;
        }

        ref var bucket = ref buckets[key.Hash & (capacity - 1)];
        var previous = -1;
        var index = bucket - 1;
        while (index >= 0)
        {
            ref var entry = ref entries[index];
            if (entry.HashCode == key.Hash && string.Equals(entry.Key, key.Value, StringComparison.Ordinal))
            {
                if (previous < 0)
                {
                    bucket = entry.Next + 1;
                }
                else
                {
                    entries[previous].Next = entry.Next;
                }

                keyBytesFree += SnapshotStrings.EncodedLength(keyBytes.AsSpan(keyOffsets[index]));
                if (epochs.KeepsRemovals)
                {
                    (removals ??= []).Add(new Removal(entry.Key, epochs.Current));
                }

                entry = default;
                entry.Next = StartOfFreeList - freeList;
                freeList = index;
                freeCount++;
                return true;
            }

            previous = index;
            index = entry.Next;
        }

        return false;
    }

    /// <summary>Grows the map, once, to hold <paramref name="count"/> entries (a restore knows how many it reads).</summary>
    public void EnsureCapacity(int count)
    {
        if (count > capacity)
        {
            Resize((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, MinimumCapacity)));
        }
    }

    /// <summary>
    /// A copy, block-copied into <paramref name="recycled"/>'s arrays when they have this map's capacity (a map a
    /// snapshot let go of; see <see cref="Recycle"/>), else into new ones. <paramref name="copyValue"/> then copies
    /// each value that is itself mutable (lists and maps), so the copy shares nothing the caller will write.
    /// </summary>
    public StateMap<TState> Clone(Func<TState, TState>? copyValue, StateMap<TState>? recycled)
    {
        var copy = recycled ?? new StateMap<TState>(epochs);
        if (copy.capacity != capacity)
        {
            copy.Allocate(capacity);
        }
        else if (copy.used > used)
        {
            // Slots past the copied ones must read as never used: adding a key assumes a default value there.
            Array.Clear(copy.entries, used, copy.used - used);
        }

        if (copy.keyBytes.Length < keyBytesUsed)
        {
            copy.keyBytes = new byte[keyBytes.Length];
        }

        Array.Copy(buckets, copy.buckets, capacity);
        Array.Copy(entries, copy.entries, used);
        Array.Copy(keyOffsets, copy.keyOffsets, used);
        Array.Copy(writtenIn, copy.writtenIn, used);
        Array.Copy(keyBytes, copy.keyBytes, keyBytesUsed);
        copy.used = used;
        copy.freeList = freeList;
        copy.freeCount = freeCount;
        copy.keyBytesUsed = keyBytesUsed;
        copy.keyBytesFree = keyBytesFree;
        copy.removals = removals?.Where(r => r.Epoch > epochs.ForgottenThrough).ToList() is { Count: > 0 } kept ? kept : null;
        copy.Pins = 0;
        if (copyValue is not null)
        {
            for (var i = 0; i < used; i++)
            {
                ref var entry = ref copy.entries[i];
                if (entry.Next >= -1)
                {
                    entry.Value = copyValue(entry.Value);
                }
            }
        }

        return copy;
    }

    /// <summary>
    /// Readies a map nobody reads any more to be <see cref="Clone"/>'s target: it keeps its arrays, and lets go of
    /// values that hold references (a list state's lists) so they do not outlive the snapshot that held them.
    /// </summary>
    public void Recycle()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TState>())
        {
            Array.Clear(entries, 0, used);
            used = 0;
            freeList = -1;
            freeCount = 0;
            keyBytesUsed = 0;
            keyBytesFree = 0;
        }

        removals = null;
    }

    /// <summary>How many live entries were written after epoch <paramref name="since"/> (every one when it is negative).</summary>
    public int CountWrittenAfter(int since)
    {
        if (since < 0)
        {
            return Count;
        }

        var count = 0;
        for (var i = 0; i < used; i++)
        {
            if (entries[i].Next >= -1 && writtenIn[i] > since)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Writes every live entry written after epoch <paramref name="since"/> (every one when it is negative) as a
    /// snapshot stores it: the key's encoded bytes, copied from the arena, then the value through
    /// <paramref name="serializer"/>. Reads only, so a pinned map may be written from another thread.
    /// </summary>
    public void WriteEntries(StateWriter writer, StateSerializer<TState> serializer, int since = -1)
    {
        for (var i = 0; i < used; i++)
        {
            ref var entry = ref entries[i];
            if (entry.Next < -1 || writtenIn[i] <= since)
            {
                continue;
            }

            var key = keyBytes.AsSpan(keyOffsets[i]);
            writer.WriteRaw(key[..SnapshotStrings.EncodedLength(key)]);
            serializer.Write(writer, entry.Value);
        }
    }

    /// <summary>
    /// The keys removed after epoch <paramref name="since"/> and absent now, each once: the deletions an increment
    /// over a snapshot of that epoch carries. Reads only, like <see cref="WriteEntries"/>.
    /// </summary>
    public IReadOnlyList<string> RemovedKeys(int since)
    {
        if (since < 0 || removals is null)
        {
            return [];
        }

        var removed = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var removal in removals)
        {
            if (removal.Epoch > since && seen.Add(removal.Key) && FindEntry(new StateKey(removal.Key)) < 0)
            {
                removed.Add(removal.Key);
            }
        }

        return removed;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<string, TState>> IEnumerable<KeyValuePair<string, TState>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int FindEntry(StateKey key)
    {
        if (capacity == 0)
        {
            return -1;
        }

        var index = buckets[key.Hash & (capacity - 1)] - 1;
        while (index >= 0)
        {
            ref var entry = ref entries[index];
            if (entry.HashCode == key.Hash && string.Equals(entry.Key, key.Value, StringComparison.Ordinal))
            {
                return index;
            }

            index = entry.Next;
        }

        return -1;
    }

    private int Add(StateKey key)
    {
        int index;
        if (freeCount > 0)
        {
            index = freeList;
            freeList = StartOfFreeList - entries[index].Next;
            freeCount--;
        }
        else
        {
            if (used == capacity)
            {
                Resize(Math.Max(MinimumCapacity, capacity * 2));
            }

            index = used++;
        }

        ref var bucket = ref buckets[key.Hash & (capacity - 1)];
        ref var entry = ref entries[index];
        entry.Key = key.Value;
        entry.HashCode = key.Hash;
        entry.Next = bucket - 1;
        bucket = index + 1;
        keyOffsets[index] = AppendKey(key.Value);
        return index;
    }

    /// <summary>Encodes <paramref name="key"/> at the end of the arena, first compacting or growing it as needed; returns its offset.</summary>
    private int AppendKey(string key)
    {
        var most = SnapshotStrings.MaxEncodedLength(key);
        if (keyBytesUsed + most > keyBytes.Length)
        {
            if (keyBytesFree > keyBytesUsed / 2)
            {
                CompactKeys();
            }

            if (keyBytesUsed + most > keyBytes.Length)
            {
                Array.Resize(ref keyBytes, Math.Max(keyBytes.Length * 2, Math.Max(keyBytesUsed + most, 64)));
            }
        }

        var offset = keyBytesUsed;
        keyBytesUsed += SnapshotStrings.Encode(key, keyBytes.AsSpan(offset));
        return offset;
    }

    /// <summary>Rewrites the arena without the bytes of removed keys, live keys in entry order.</summary>
    private void CompactKeys()
    {
        var compacted = new byte[keyBytes.Length];
        var next = 0;
        for (var i = 0; i < used; i++)
        {
            if (entries[i].Next < -1)
            {
                continue;
            }

            var key = keyBytes.AsSpan(keyOffsets[i]);
            key = key[..SnapshotStrings.EncodedLength(key)];
            key.CopyTo(compacted.AsSpan(next));
            keyOffsets[i] = next;
            next += key.Length;
        }

        keyBytes = compacted;
        keyBytesUsed = next;
        keyBytesFree = 0;
    }

    /// <summary>Moves the entries into arrays of <paramref name="size"/>, compacting freed ones and re-linking buckets.</summary>
    private void Resize(int size)
    {
        var oldEntries = entries;
        var oldOffsets = keyOffsets;
        var oldWrittenIn = writtenIn;
        var oldUsed = used;
        Allocate(size);
        var next = 0;
        for (var i = 0; i < oldUsed; i++)
        {
            ref var old = ref oldEntries[i];
            if (old.Next < -1)
            {
                continue;
            }

            ref var bucket = ref buckets[old.HashCode & (capacity - 1)];
            ref var entry = ref entries[next];
            entry = old;
            entry.Next = bucket - 1;
            bucket = next + 1;
            keyOffsets[next] = oldOffsets[i];
            writtenIn[next] = oldWrittenIn[i];
            next++;
        }

        used = next;
        freeList = -1;
        freeCount = 0;
    }

    private void Allocate(int size)
    {
        buckets = new int[size];
        entries = new Entry[size];
        keyOffsets = new int[size];
        writtenIn = new int[size];
        capacity = size;
        used = 0;
    }

    /// <summary>A removed key and the epoch it was removed in.</summary>
    private readonly record struct Removal(string Key, int Epoch);

    private struct Entry
    {
        public string Key;
        public TState Value;
        public int HashCode;

        /// <summary>The next entry in the bucket's chain, or -1; for a free entry, <see cref="StartOfFreeList"/> minus the next free one.</summary>
        public int Next;
    }

    /// <summary>Enumerates live entries in storage order without allocating.</summary>
    public struct Enumerator(StateMap<TState> map) : IEnumerator<KeyValuePair<string, TState>>
    {
        private int index = -1;

        public readonly KeyValuePair<string, TState> Current => new(map.entries[index].Key, map.entries[index].Value);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++index < map.used)
            {
                if (map.entries[index].Next >= -1)
                {
                    return true;
                }
            }

            return false;
        }

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}
