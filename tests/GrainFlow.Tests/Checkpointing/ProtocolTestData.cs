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

    public static SubtaskAcknowledgement Ack(SubtaskId subtask, long checkpoint, int attempt = 1, long bytes = 100) => new(
        subtask,
        new Attempt(attempt),
        new CheckpointId(checkpoint),
        [new SnapshotHandle($"ckpt-{checkpoint}/{subtask.GrainKey}", bytes, 7u, KeyGroupRange.Empty, SnapshotHandleKind.Operator)],
        SyncDurationMs: 1,
        AsyncDurationMs: 2,
        AlignmentDurationMs: 3);
}
