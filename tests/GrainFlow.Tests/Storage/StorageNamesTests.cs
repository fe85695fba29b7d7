using GrainFlow.Checkpointing;
using GrainFlow.Model;
using GrainFlow.Storage;
using Xunit;

namespace GrainFlow.Tests.Storage;

public sealed class StorageNamesTests
{
    private static readonly JobId Job = new("a1b2c3");
    private static readonly CheckpointId Checkpoint = new(12);

    [Fact]
    public void Checkpoint_objects_and_metadata_share_the_checkpoint_folder()
    {
        Assert.Equal("jobs/a1b2c3/chk-12/sums/3.keyed",
            StorageNames.CheckpointObject(Job, Checkpoint, new OperatorUid("sums"), new SubtaskIndex(3), SnapshotHandleKind.Keyed));
        Assert.Equal("jobs/a1b2c3/chk-12/events/0.operator",
            StorageNames.CheckpointObject(Job, Checkpoint, new OperatorUid("events"), new SubtaskIndex(0), SnapshotHandleKind.Operator));
        Assert.Equal("jobs/a1b2c3/chk-12/_metadata", StorageNames.CheckpointMetadata(Job, Checkpoint));
    }

    [Fact]
    public void Savepoint_objects_live_under_savepoints_whatever_the_job()
    {
        var savepoint = new SavepointId("sp-1");
        var target = SnapshotTarget.ForSavepoint(Job, Checkpoint, savepoint);
        var subtask = new SubtaskId(Job, new OperatorUid("sums"), new SubtaskIndex(1));

        Assert.Equal("savepoints/sp-1/sums/1.keyed", StorageNames.SnapshotObject(target, subtask, SnapshotHandleKind.Keyed));
        Assert.Equal("savepoints/sp-1/_metadata", StorageNames.SnapshotMetadata(target));
    }

    [Theory]
    [InlineData("my op/v2", "my~20op~2Fv2")]
    [InlineData("_metadata", "~5Fmetadata")]
    [InlineData("..", "~2E.")]
    [InlineData(".hidden", "~2Ehidden")]
    [InlineData("a~b", "a~7Eb")]
    [InlineData("größe", "gr~C3~B6~C3~9Fe")]
    public void Operator_uids_are_escaped_into_one_legal_segment(string uid, string segment)
    {
        var name = StorageNames.CheckpointObject(Job, Checkpoint, new OperatorUid(uid), new SubtaskIndex(0), SnapshotHandleKind.Keyed);

        Assert.Equal($"jobs/a1b2c3/chk-12/{segment}/0.keyed", name);
    }

    [Fact]
    public void An_operator_uid_cannot_collide_with_the_metadata_name()
    {
        var uidNamed = StorageNames.CheckpointObject(Job, Checkpoint, new OperatorUid("_metadata"), new SubtaskIndex(0), SnapshotHandleKind.Keyed);

        Assert.False(uidNamed.StartsWith(StorageNames.CheckpointMetadata(Job, Checkpoint), StringComparison.Ordinal));
    }

    [Fact]
    public void Records_are_grouped_under_records_with_each_part_escaped()
    {
        Assert.Equal("records/coordinators/a1b2c3", StorageNames.Record("coordinators/a1b2c3"));
        Assert.Equal("records/registry/~2E.", StorageNames.Record("registry/.."));
    }

    [Fact]
    public void An_overlong_uid_is_refused()
    {
        var uid = new OperatorUid(new string('x', 201));

        Assert.Throws<ArgumentException>(() =>
            StorageNames.CheckpointObject(Job, Checkpoint, uid, new SubtaskIndex(0), SnapshotHandleKind.Keyed));
    }
}
