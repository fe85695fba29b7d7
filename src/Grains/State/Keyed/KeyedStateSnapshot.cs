using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// A keyed-state snapshot after its synchronous part: every state's per-key-group entries pinned copy-on-write.
/// An increment (<see cref="Base"/> set) writes only what changed after that earlier snapshot of the same backend.
/// <see cref="Serialize"/> and <see cref="WriteAsync"/> encode them (safe off the grain thread, while processing
/// continues); <see cref="Release"/>, on the grain thread once the bytes are written or the checkpoint is abandoned,
/// lets the live state write in place again.
/// </summary>
public sealed class KeyedStateSnapshot
{
    private readonly int maxParallelism;

    /// <summary>The pinned states; kept until <see cref="Release"/>.</summary>
    private readonly IReadOnlyList<KeyedStateCapture> captures;

    /// <summary>Set by <see cref="Release"/>; serialising afterwards could read maps the live state mutates or reuses.</summary>
    private volatile bool released;

    internal KeyedStateSnapshot(
        KeyGroupRange keyGroups, int maxParallelism, IReadOnlyList<KeyedStateCapture> captures, SnapshotEpoch epoch, SnapshotEpoch? @base)
    {
        KeyGroups = keyGroups;
        this.maxParallelism = maxParallelism;
        this.captures = captures;
        Epoch = epoch;
        Base = @base;
    }

    /// <summary>The key groups the snapshot covers: the backend's range.</summary>
    public KeyGroupRange KeyGroups { get; }

    /// <summary>What this snapshot captured; a later increment may build on it.</summary>
    public SnapshotEpoch Epoch { get; }

    /// <summary>The snapshot this one is an increment over; null for a full snapshot.</summary>
    public SnapshotEpoch? Base { get; }

    public bool IsIncrement => Base is not null;

    public byte[] Serialize()
    {
        using var writer = StateWriter.Rent(64 * 1024);
        WriteTo(writer);
        return writer.ToArray();
    }

    /// <summary>Encodes the snapshot into <paramref name="writer"/> (the runtime's is rented, and the store copies from it).</summary>
    public void WriteTo(StateWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ObjectDisposedException.ThrowIf(released, this);
        writer.WriteUInt32(KeyedSnapshotFormat.Magic);
        writer.WriteCount(KeyedSnapshotFormat.Version);
        writer.WriteCount(maxParallelism);
        writer.WriteCount(KeyGroups.Start);
        writer.WriteCount(KeyGroups.End);
        writer.WriteByte(IsIncrement ? KeyedSnapshotFormat.Increment : KeyedSnapshotFormat.Full);
        writer.WriteCount(captures.Count);
        foreach (var capture in captures)
        {
            writer.WriteString(capture.Name);
            writer.WriteByte((byte)capture.Kind);
            writer.WriteString(capture.TypeName);
        }

        var groups = KeyGroups.Count;
        var index = writer.Reserve(4 * (groups + 1));
        var body = writer.Length;
        for (var group = 0; group < groups; group++)
        {
            writer.WriteUInt32At(index + (4 * group), (uint)(writer.Length - body));
            WriteGroup(writer, group);
        }

        writer.WriteUInt32At(index + (4 * groups), (uint)(writer.Length - body));
    }

    /// <summary>Serialises on the thread pool, away from the caller's scheduler, then writes to <paramref name="destination"/>.</summary>
    public async Task WriteAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        var bytes = await Task.Run(Serialize, cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    public void Release()
    {
        if (released)
        {
            return;
        }

        released = true;
        foreach (var capture in captures)
        {
            capture.Release();
        }
    }

    private void WriteGroup(StateWriter writer, int group)
    {
        for (var state = 0; state < captures.Count; state++)
        {
            var entries = captures[state].EntryCount(group);
            var removed = captures[state].RemovedKeys(group);
            if (entries == 0 && removed.Count == 0)
            {
                continue;
            }

            writer.WriteCount(state);
            writer.WriteCount(entries);
            writer.WriteCount(removed.Count);
            var length = writer.Reserve(4);
            var start = writer.Length;
            captures[state].WriteEntries(writer, group);
            foreach (var key in removed)
            {
                writer.WriteString(key);
            }

            writer.WriteUInt32At(length, (uint)(writer.Length - start));
        }
    }
}
