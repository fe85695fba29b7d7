using System.Buffers.Binary;
using GrainFlow.Model;
using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

public sealed class SnapshotEnvelopeTests
{
    private static readonly JobId Job = new("job-1");
    private static readonly CheckpointId Checkpoint = new(42);
    private static readonly byte[] Payload = [1, 2, 3, 4, 5];

    [Fact]
    public void An_encoded_payload_decodes_to_the_same_bytes()
    {
        var decoded = SnapshotEnvelope.Decode(SnapshotEnvelope.Encode(Job, Checkpoint, Payload), Job, Checkpoint, "here");

        Assert.Equal(Payload, decoded.ToArray());
    }

    [Fact]
    public void An_empty_payload_round_trips()
    {
        var decoded = SnapshotEnvelope.Decode(SnapshotEnvelope.Encode(Job, Checkpoint, []), Job, Checkpoint, "here");

        Assert.Equal(0, decoded.Length);
    }

    [Fact]
    public void Opening_an_envelope_tells_who_it_was_written_for()
    {
        var contents = SnapshotEnvelope.Open(SnapshotEnvelope.Encode(Job, Checkpoint, Payload), "here");

        Assert.Equal(Job, contents.Job);
        Assert.Equal(Checkpoint, contents.Checkpoint);
        Assert.Equal(SnapshotEnvelope.Checksum(Payload), contents.Checksum);
    }

    [Fact]
    public void Bytes_that_do_not_start_with_the_magic_are_refused_as_bad_magic()
    {
        var refused = Assert.Throws<SnapshotCorruptedException>(() =>
            SnapshotEnvelope.Decode("{\"json\":true}"u8.ToArray(), Job, Checkpoint, "jobs/x/chk-1/_metadata"));

        Assert.Equal(SnapshotCorruption.BadMagic, refused.Reason);
        Assert.Equal("The snapshot object 'jobs/x/chk-1/_metadata' is corrupt (BadMagic): it is not a GrainFlow snapshot object.", refused.Message);
    }

    [Fact]
    public void A_future_format_version_is_refused_as_unsupported()
    {
        var bytes = SnapshotEnvelope.Encode(Job, Checkpoint, Payload);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 2);

        var refused = Assert.Throws<SnapshotCorruptedException>(() => SnapshotEnvelope.Decode(bytes, Job, Checkpoint, "here"));

        Assert.Equal(SnapshotCorruption.UnsupportedVersion, refused.Reason);
    }

    [Fact]
    public void A_header_cut_short_is_refused_as_truncated()
    {
        var bytes = SnapshotEnvelope.Encode(Job, Checkpoint, Payload)[..10];

        var refused = Assert.Throws<SnapshotCorruptedException>(() => SnapshotEnvelope.Decode(bytes, Job, Checkpoint, "here"));

        Assert.Equal(SnapshotCorruption.Truncated, refused.Reason);
    }

    [Fact]
    public void Bytes_after_the_payload_are_refused_as_trailing()
    {
        byte[] bytes = [.. SnapshotEnvelope.Encode(Job, Checkpoint, Payload), 0];

        var refused = Assert.Throws<SnapshotCorruptedException>(() => SnapshotEnvelope.Decode(bytes, Job, Checkpoint, "here"));

        Assert.Equal(SnapshotCorruption.TrailingBytes, refused.Reason);
    }

    [Fact]
    public void The_checksum_is_the_crc32_of_the_payload()
    {
        Assert.Equal(0xCBF43926u, SnapshotEnvelope.Checksum("123456789"u8));
    }
}
