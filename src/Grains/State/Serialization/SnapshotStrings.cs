using System.Text;

namespace GrainFlow.State.Serialization;

/// <summary>
/// The snapshot encoding of a string: a LEB128 byte count, then UTF-8. It lives apart from <see cref="StateWriter"/>
/// because keyed state keeps every key in this form as well (see <c>StateMap</c>), so that a snapshot copies a key's
/// bytes instead of reading the string and encoding it again, and the two must never differ.
/// </summary>
internal static class SnapshotStrings
{
    /// <summary>The largest byte count whose varint prefix is one byte.</summary>
    private const int MaxUtf8BytesForOneBytePrefix = 127;

    /// <summary>The most bytes <see cref="Encode"/> can write for <paramref name="value"/> (3 per UTF-16 unit, plus a 5-byte prefix).</summary>
    public static int MaxEncodedLength(string value) => 5 + (3 * value.Length);

    /// <summary>Encodes <paramref name="value"/> at the start of <paramref name="destination"/>, which holds at least <see cref="MaxEncodedLength"/> bytes; returns the bytes written.</summary>
    public static int Encode(string value, Span<byte> destination)
    {
        // Keys are mostly short: one that cannot need more than 127 UTF-8 bytes (3 per UTF-16 unit) has a one-byte
        // length prefix, so it is encoded in one pass straight after that byte, which is then filled in. When
        // snapshots still encoded every key, the second pass (GetByteCount) was a third of their encoding time.
        if (value.Length <= MaxUtf8BytesForOneBytePrefix / 3)
        {
            var written = Encoding.UTF8.GetBytes(value, destination[1..]);
            destination[0] = (byte)written;
            return 1 + written;
        }

        var byteCount = Encoding.UTF8.GetByteCount(value);
        var prefix = 0;
        var count = (uint)byteCount;
        while (count >= 0x80)
        {
            destination[prefix++] = (byte)(count | 0x80);
            count >>= 7;
        }

        destination[prefix++] = (byte)count;
        return prefix + Encoding.UTF8.GetBytes(value, destination[prefix..]);
    }

    /// <summary>The length, prefix included, of the encoded string that starts <paramref name="encoded"/>.</summary>
    public static int EncodedLength(ReadOnlySpan<byte> encoded)
    {
        var first = encoded[0];
        if (first < 0x80)
        {
            return 1 + first;
        }

        var byteCount = 0;
        var shift = 0;
        var prefix = 0;
        byte next;
        do
        {
            next = encoded[prefix++];
            byteCount |= (next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80);

        return prefix + byteCount;
    }
}
