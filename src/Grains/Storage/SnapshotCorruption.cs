namespace GrainFlow.Storage;

/// <summary>Why a stored snapshot object was refused; each is a different operator action (restore elsewhere, investigate the medium, check the job).</summary>
public enum SnapshotCorruption
{
    /// <summary>The object exists but holds no bytes (an interrupted upload or a cleared blob).</summary>
    Empty = 0,

    /// <summary>The object ends before its header or its declared payload does.</summary>
    Truncated = 1,

    /// <summary>The object does not start with the GrainFlow snapshot magic: it is not a GrainFlow snapshot.</summary>
    BadMagic = 2,

    /// <summary>The object was written in a format version this build cannot read.</summary>
    UnsupportedVersion = 3,

    /// <summary>The payload's checksum differs from the one recorded at write time: bits changed at rest.</summary>
    ChecksumMismatch = 4,

    /// <summary>The object belongs to another job (or, for metadata and records, was written under another name).</summary>
    ForeignJob = 5,

    /// <summary>The object belongs to the right job but another checkpoint.</summary>
    WrongCheckpoint = 6,

    /// <summary>The object holds bytes after its declared payload.</summary>
    TrailingBytes = 7,
}
