using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using GrainFlow.Model;

namespace GrainFlow.Storage;

/// <summary>
/// The self-describing frame around every stored object, so a corrupt, truncated or foreign object is refused with a
/// reason instead of being restored. Layout (little endian): magic <c>GFSN</c> (4), format version (2), owner length
/// (2), owner job id as UTF-8, checkpoint id (8), payload length (8), CRC-32 of the payload (4), payload.
/// </summary>
public static class SnapshotEnvelope
{
    /// <summary>The only format version this build writes and reads.</summary>
    public const ushort FormatVersion = 1;

    private const int MagicLength = 4;
    private const int PrefixLength = MagicLength + 2 + 2;
    private const int FixedTailLength = 8 + 8 + 4;

    private static ReadOnlySpan<byte> Magic => "GFSN"u8;

    public static uint Checksum(ReadOnlySpan<byte> payload) => Crc32.HashToUInt32(payload);

    public static byte[] Encode(JobId job, CheckpointId checkpoint, ReadOnlySpan<byte> payload)
    {
        var bytes = new byte[Length(job, payload.Length)];
        EncodeInto(bytes, job, checkpoint, payload);
        return bytes;
    }

    /// <summary>The size of the envelope around a payload of <paramref name="payloadLength"/> bytes for <paramref name="job"/>.</summary>
    public static int Length(JobId job, int payloadLength)
    {
        var ownerLength = Encoding.UTF8.GetByteCount(job.Value ?? string.Empty);
        if (ownerLength > ushort.MaxValue)
        {
            throw new ArgumentException($"A job id of {ownerLength} bytes does not fit the envelope.", nameof(job));
        }

        return PrefixLength + ownerLength + FixedTailLength + payloadLength;
    }

    /// <summary>
    /// Envelopes <paramref name="payload"/> into the first <see cref="Length"/> bytes of <paramref name="destination"/>
    /// (a pooled buffer, for a checkpoint's megabytes) and returns the payload's checksum.
    /// </summary>
    public static uint EncodeInto(Span<byte> destination, JobId job, CheckpointId checkpoint, ReadOnlySpan<byte> payload)
    {
        var length = Length(job, payload.Length);
        if (destination.Length < length)
        {
            throw new ArgumentException($"The envelope needs {length} bytes; the destination has {destination.Length}.", nameof(destination));
        }

        var ownerLength = Encoding.UTF8.GetBytes(job.Value ?? string.Empty, destination[PrefixLength..]);
        Magic.CopyTo(destination);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[MagicLength..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[(MagicLength + 2)..], (ushort)ownerLength);
        var tail = destination[(PrefixLength + ownerLength)..];
        var checksum = Checksum(payload);
        BinaryPrimitives.WriteInt64LittleEndian(tail, checkpoint.Value);
        BinaryPrimitives.WriteInt64LittleEndian(tail[8..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tail[16..], checksum);
        payload.CopyTo(tail[FixedTailLength..]);
        return checksum;
    }

    /// <summary>Verifies structure, checksum and owner, and returns the payload; throws <see cref="SnapshotCorruptedException"/>.</summary>
    public static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> bytes, JobId expectedJob, CheckpointId expectedCheckpoint, string location)
    {
        var contents = Open(bytes, location);
        if (!string.Equals(contents.Job.Value, expectedJob.Value, StringComparison.Ordinal))
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.ForeignJob,
                $"it was written for '{contents.Job}', not '{expectedJob}'.");
        }

        if (contents.Checkpoint != expectedCheckpoint)
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.WrongCheckpoint,
                $"it was written for checkpoint {contents.Checkpoint}, not {expectedCheckpoint}.");
        }

        return contents.Payload;
    }

    /// <summary>Verifies structure and checksum only, for readers that learn the owner from the object.</summary>
    public static SnapshotEnvelopeContents Open(ReadOnlyMemory<byte> bytes, string location)
    {
        var span = bytes.Span;
        if (span.Length == 0)
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.Empty, "it holds no bytes.");
        }

        if (!span[..Math.Min(MagicLength, span.Length)].SequenceEqual(Magic[..Math.Min(MagicLength, span.Length)]))
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.BadMagic, "it is not a GrainFlow snapshot object.");
        }

        if (span.Length < PrefixLength)
        {
            throw Truncated(location, span.Length, PrefixLength);
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(span[MagicLength..]);
        if (version != FormatVersion)
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.UnsupportedVersion,
                $"format version {version} is not readable by this build (it reads version {FormatVersion}).");
        }

        var ownerLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(MagicLength + 2)..]);
        var headerLength = PrefixLength + ownerLength + FixedTailLength;
        if (span.Length < headerLength)
        {
            throw Truncated(location, span.Length, headerLength);
        }

        var job = new JobId(Encoding.UTF8.GetString(span.Slice(PrefixLength, ownerLength)));
        var tail = span[(PrefixLength + ownerLength)..];
        var checkpoint = new CheckpointId(BinaryPrimitives.ReadInt64LittleEndian(tail));
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(tail[8..]);
        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(tail[16..]);
        var available = span.Length - headerLength;
        if (payloadLength < 0 || payloadLength > available)
        {
            throw Truncated(location, span.Length, headerLength + payloadLength);
        }

        if (payloadLength < available)
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.TrailingBytes,
                $"it declares a {payloadLength}-byte payload but holds {available} bytes after its header.");
        }

        var payload = bytes.Slice(headerLength);
        var actual = Checksum(payload.Span);
        if (actual != checksum)
        {
            throw new SnapshotCorruptedException(location, SnapshotCorruption.ChecksumMismatch,
                $"the payload's CRC-32 is {actual:x8}, the envelope recorded {checksum:x8}.");
        }

        return new SnapshotEnvelopeContents(job, checkpoint, checksum, payload);
    }

    private static SnapshotCorruptedException Truncated(string location, long actual, long expected) =>
        new(location, SnapshotCorruption.Truncated, $"it holds {actual} bytes, at least {expected} are needed.");
}
