namespace GrainFlow.IntegrationTests.Faults;

/// <summary>The ways the corrupt-snapshot test damages a snapshot blob of a completed checkpoint.</summary>
public enum SnapshotCorruption
{
    /// <summary>Only the first half of the bytes remain, as after an interrupted copy.</summary>
    Truncated,

    /// <summary>The blob exists but holds nothing.</summary>
    ZeroLength,

    /// <summary>One bit in the middle is flipped, as by bad media.</summary>
    BitFlipped,

    /// <summary>The bytes are another job's snapshot of the same subtask: valid, but not this job's.</summary>
    ForeignJob,
}
