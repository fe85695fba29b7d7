using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Xunit;
using static GrainFlow.Tests.Checkpointing.ProtocolTestData;

namespace GrainFlow.Tests.Checkpointing;

public class ProtocolSerializationTests
{
    private readonly Serializer serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_completed_checkpoint_survives_a_serializer_round_trip()
    {
        var pending = new PendingCheckpoint(Id(9), CheckpointKind.Savepoint, new Attempt(3), T0, [Sum0, Sum1]);
        pending.Acknowledge(Ack(Sum0, 9, attempt: 3, bytes: 5));
        pending.Acknowledge(Ack(Sum1, 9, attempt: 3, bytes: 6));
        var completed = pending.ToCompleted(T0.AddSeconds(2));

        var copy = serializer.Deserialize<CompletedCheckpoint>(serializer.SerializeToArray(completed));
        Assert.NotNull(copy);

        Assert.Equal((completed.Id, completed.Kind, completed.Attempt, completed.TriggeredAt, completed.CompletedAt), (copy.Id, copy.Kind, copy.Attempt, copy.TriggeredAt, copy.CompletedAt));
        Assert.Equal(11, copy.StateBytes);
        Assert.Equal(completed.Acknowledgements[Sum1].Handles, copy.Acknowledgements[Sum1].Handles);
    }

    [Fact]
    public void Checkpoint_settings_and_a_stats_snapshot_survive_a_serializer_round_trip()
    {
        var settings = CheckpointSettings.Default with { Interval = TimeSpan.FromSeconds(1), Retained = 3, Mode = CheckpointingMode.AtLeastOnce, Incremental = true };
        var tracker = new CheckpointStatsTracker();
        var pending = new PendingCheckpoint(Id(2), CheckpointKind.Checkpoint, Attempt.First, T0, [Sum0, Sum1]);
        tracker.ReportPending(pending);
        pending.Acknowledge(Ack(Sum0, 2, bytes: 5, shared: Shared(Sum0, writtenAt: 1, bytes: 7)));
        tracker.ReportFailed(pending.Abort(CheckpointFailureReason.Declined), T0.AddSeconds(1));

        var settingsCopy = serializer.Deserialize<CheckpointSettings>(serializer.SerializeToArray(settings));
        var statsCopy = serializer.Deserialize<CheckpointStatsSnapshot>(serializer.SerializeToArray(tracker.Snapshot()));

        Assert.NotNull(statsCopy);
        Assert.Equal(settings, settingsCopy);
        Assert.Equal(tracker.Snapshot().Counts, statsCopy.Counts);
        Assert.Equal(CheckpointFailureReason.Declined, statsCopy.Latest.Failed?.FailureReason);
        Assert.Equal(1000, statsCopy.History[0].DurationMs);
        Assert.Equal((12L, 5L), (statsCopy.History[0].StateBytes, statsCopy.History[0].CheckpointedBytes));
        Assert.Equal(new SubtaskCheckpointStats(Sum0, 1, 2, 3, 12, 5), Assert.Single(statsCopy.History[0].Subtasks));
    }
}
