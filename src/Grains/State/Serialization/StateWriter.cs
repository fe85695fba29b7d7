using System.Buffers.Binary;
using System.Text;

namespace GrainFlow.State.Serialization;

/// <summary>
/// A growable byte buffer that writes the compact snapshot encoding: LEB128 varints (zig-zag for signed numbers),
/// length-prefixed UTF-8 strings and fixed-width slots that can be filled in later (offset indexes and block
/// lengths). One writer serves one snapshot and is used by one thread.
/// </summary>
public sealed class StateWriter
{
    /// <summary>The bytes written so far, followed by spare capacity.</summary>
    private byte[] buffer;

    /// <summary>How many bytes of <see cref="buffer"/> hold data.</summary>
    private int length;

    public StateWriter(int initialCapacity = 256) => buffer = new byte[Math.Max(16, initialCapacity)];

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

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteCount(byteCount);
        Ensure(byteCount);
        length += Encoding.UTF8.GetBytes(value, buffer.AsSpan(length));
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

    private void Ensure(int extra)
    {
        if (length + extra <= buffer.Length)
        {
            return;
        }

        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
    }
}
