using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.State;

namespace GrainFlow.Tests.Checkpointing;

/// <summary>Ids, times and acknowledgements shared by the checkpoint protocol tests.</summary>
internal static class ProtocolTestData
{
    public static readonly JobId Job = new("job1");

    public static readonly DateTimeOffset T0 = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly SubtaskId Source0 = Subtask("events", 0);
    public static readonly SubtaskId Sum0 = Subtask("sums", 0);
    public static readonly SubtaskId Sum1 = Subtask("sums", 1);

    public static readonly SubtaskId[] Tasks = [Source0, Sum0, Sum1];

    public static SubtaskId Subtask(string uid, int index) => new(Job, new OperatorUid(uid), new SubtaskIndex(index));

    public static CheckpointId Id(long value) => new(value);

    /// <summary>
    /// An acknowledgement listing one handle of <paramref name="bytes"/> written for <paramref name="checkpoint"/>,
    /// after <paramref name="shared"/> (an object of an earlier checkpoint that an incremental one builds on) when given.
    /// </summary>
    public static SubtaskAcknowledgement Ack(SubtaskId subtask, long checkpoint, int attempt = 1, long bytes = 100, SnapshotHandle? shared = null)
    {
        var written = new SnapshotHandle($"ckpt-{checkpoint}/{subtask.GrainKey}", bytes, 7u, KeyGroupRange.Empty, SnapshotHandleKind.Operator);
        return new SubtaskAcknowledgement(
            subtask,
            new Attempt(attempt),
            new CheckpointId(checkpoint),
            shared is null ? [written] : [shared, written],
            SyncDurationMs: 1,
            AsyncDurationMs: 2,
            AlignmentDurationMs: 3);
    }

    /// <summary>A keyed-state object of <paramref name="bytes"/> that checkpoint <paramref name="writtenAt"/> wrote and later incremental ones list again.</summary>
    public static SnapshotHandle Shared(SubtaskId subtask, long writtenAt, long bytes) => new(
        $"ckpt-{writtenAt}/{subtask.GrainKey}/keyed", bytes, 7u, new KeyGroupRange(0, 63), SnapshotHandleKind.Keyed, WrittenAt: new CheckpointId(writtenAt));
}
