using System.Buffers.Binary;
using System.Text;

namespace GrainFlow.State.Serialization;

/// <summary>
/// Reads the encoding <see cref="StateWriter"/> writes, from a payload held in memory. Reading past the end or a
/// malformed varint raises <see cref="SnapshotFormatException"/>, so a truncated snapshot is refused, never half read.
/// </summary>
public sealed class StateReader
{
    /// <summary>The payload (or the slice of it) being read.</summary>
    private readonly ReadOnlyMemory<byte> memory;

    public StateReader(ReadOnlyMemory<byte> memory) => this.memory = memory;

    /// <summary>The next byte to read, relative to the start of the payload.</summary>
    public int Position { get; set; }

    public int Length => memory.Length;

    public bool AtEnd => Position >= memory.Length;

    public byte ReadByte()
    {
        Need(1);
        return memory.Span[Position++];
    }

    public ulong ReadVarUInt64()
    {
        var span = memory.Span;
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (Position >= span.Length)
            {
                throw new SnapshotFormatException("The snapshot ends inside a number.");
            }

            var b = span[Position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new SnapshotFormatException("A number in the snapshot is longer than 10 bytes.");
    }

    public long ReadVarInt64()
    {
        var raw = ReadVarUInt64();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    public int ReadVarInt32() => checked((int)ReadVarInt64());

    public int ReadCount()
    {
        var count = ReadVarUInt64();
        if (count > int.MaxValue)
        {
            throw new SnapshotFormatException($"A count of {count} in the snapshot is out of range.");
        }

        return (int)count;
    }

    public double ReadDouble()
    {
        Need(8);
        var value = BinaryPrimitives.ReadDoubleLittleEndian(memory.Span.Slice(Position, 8));
        Position += 8;
        return value;
    }

    public uint ReadUInt32()
    {
        Need(4);
        var value = BinaryPrimitives.ReadUInt32LittleEndian(memory.Span.Slice(Position, 4));
        Position += 4;
        return value;
    }

    public string ReadString()
    {
        var byteCount = ReadCount();
        Need(byteCount);
        var value = Encoding.UTF8.GetString(memory.Span.Slice(Position, byteCount));
        Position += byteCount;
        return value;
    }

    /// <summary>Reads a length-prefixed byte block without copying it.</summary>
    public ReadOnlyMemory<byte> ReadBlock() => ReadSlice(ReadCount());

    public ReadOnlyMemory<byte> ReadSlice(int count)
    {
        Need(count);
        var slice = memory.Slice(Position, count);
        Position += count;
        return slice;
    }

    private void Need(int count)
    {
        if (count < 0 || Position + count > memory.Length)
        {
            throw new SnapshotFormatException(
                $"The snapshot is truncated: {count} bytes needed at position {Position} of {memory.Length}.");
        }
    }
}
