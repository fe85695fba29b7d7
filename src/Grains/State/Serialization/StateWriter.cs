using System.Buffers;
using System.Buffers.Binary;

namespace GrainFlow.State.Serialization;

/// <summary>
/// A growable byte buffer that writes the compact snapshot encoding: LEB128 varints (zig-zag for signed numbers),
/// length-prefixed UTF-8 strings and fixed-width slots that can be filled in later (offset indexes and block
/// lengths). One writer serves one snapshot and is used by one thread. A writer made by <see cref="Rent"/> grows on
/// pooled arrays and gives them back on <see cref="Dispose"/>.
/// </summary>
public sealed class StateWriter : IDisposable
{
    /// <summary>Where a rented writer's buffers come from and go back to; null for a writer on plain arrays.</summary>
    private readonly ArrayPool<byte>? pool;

    /// <summary>The bytes written so far, followed by spare capacity.</summary>
    private byte[] buffer;

    /// <summary>How many bytes of <see cref="buffer"/> hold data.</summary>
    private int length;

    public StateWriter(int initialCapacity = 256) => buffer = new byte[Math.Max(16, initialCapacity)];

    private StateWriter(ArrayPool<byte> pool, int initialCapacity)
    {
        this.pool = pool;
        buffer = pool.Rent(Math.Max(16, initialCapacity));
    }

    /// <summary>
    /// A writer on buffers from <see cref="SnapshotBuffers.Pool"/>, for a large encoding made again and again (a
    /// checkpoint's keyed state, megabytes every interval): a plain writer doubles through fresh large-object arrays,
    /// which at a 100 ms interval was enough garbage to force several full collections a second. Size
    /// <paramref name="initialCapacity"/> like the last encoding, so the writer need not grow; dispose it once its
    /// bytes are copied out.
    /// </summary>
    public static StateWriter Rent(int initialCapacity) => new(SnapshotBuffers.Pool, initialCapacity);

    public int Length => length;

    public ReadOnlyMemory<byte> Written => buffer.AsMemory(0, length);

    public byte[] ToArray() => buffer.AsSpan(0, length).ToArray();

    /// <summary>Forgets the written bytes but keeps the buffer, for reuse as scratch space.</summary>
    public void Reset() => length = 0;

    public void WriteByte(byte value)
    {
        Ensure(1);
        buffer[length++] = value;
    }

    public void WriteVarUInt64(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[length++] = (byte)value;
    }

    public void WriteVarInt64(long value) => WriteVarUInt64((ulong)((value << 1) ^ (value >> 63)));

    public void WriteVarInt32(int value) => WriteVarInt64(value);

    public void WriteCount(int count) => WriteVarUInt64((ulong)count);

    public void WriteDouble(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(length), value);
        length += 8;
    }

    public void WriteUInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(length), value);
        length += 4;
    }

    /// <summary>Fills a fixed slot reserved earlier with <see cref="Reserve"/>.</summary>
    public void WriteUInt32At(int position, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(position, 4), value);

    /// <summary>Skips <paramref name="count"/> bytes to be filled later; returns their position.</summary>
    public int Reserve(int count)
    {
        Ensure(count);
        var position = length;
        length += count;
        return position;
    }

    /// <summary>Writes a length-prefixed UTF-8 string, encoded as <see cref="SnapshotStrings"/> says.</summary>
    public void WriteString(string value)
    {
        Ensure(SnapshotStrings.MaxEncodedLength(value));
        length += SnapshotStrings.Encode(value, buffer.AsSpan(length));
    }

    /// <summary>Writes a length prefix and then the bytes.</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteCount(value.Length);
        WriteRaw(value);
    }

    public void WriteRaw(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(buffer.AsSpan(length));
        length += value.Length;
    }

    /// <summary>Gives a rented writer's buffer back; the writer is then empty. Nothing to do for a plain writer.</summary>
    public void Dispose()
    {
        if (pool is not null && buffer.Length > 0)
        {
            pool.Return(buffer);
            buffer = [];
            length = 0;
        }
    }

    private void Ensure(int extra)
    {
        if (length + extra <= buffer.Length)
        {
            return;
        }

        var size = Math.Max(buffer.Length * 2, length + extra);
        if (pool is null)
        {
            Array.Resize(ref buffer, size);
            return;
        }

        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        var bigger = pool.Rent(size);
        buffer.AsSpan(0, length).CopyTo(bigger);
        pool.Return(buffer);
        buffer = bigger;
    }
}
