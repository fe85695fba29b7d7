using Orleans.Concurrency;
using GrainFlow.Model;
using GrainFlow.Runtime.Channels;

namespace GrainFlow.Runtime;

/// <summary>
/// One parallel instance of one operator (source, operator or sink), keyed <c>{jobId}/{uid}/{index}</c>. Its records
/// arrive through <see cref="DeliverAsync"/> or on its own Orleans stream (see <see cref="ChannelTransport"/>); control calls from the job manager and coordinator carry the attempt, and a
/// call of an older attempt is ignored. Calls that must get through while the subtask waits for back-pressure
/// credits interleave; notifications are one-way so the coordinator never waits on a busy subtask.
/// </summary>
public interface ISubtaskGrain : IGrainWithStringKey
{
    /// <summary>Tears down any older attempt, restores state and gets ready; sources start on <see cref="StartAsync"/>.</summary>
    [AlwaysInterleave]
    Task DeployAsync(TaskDeployment deployment);

    /// <summary>Sources begin emitting (called once every subtask of the attempt is deployed).</summary>
    [AlwaysInterleave]
    Task StartAsync(Attempt attempt);

    /// <summary>Stops the attempt without committing anything pending.</summary>
    [AlwaysInterleave]
    Task CancelAsync(Attempt attempt);

    /// <summary>One element of one input channel (the <see cref="ChannelTransport.GrainCalls"/> transport); it is only posted to the mailbox.</summary>
    [AlwaysInterleave]
    Task DeliverAsync(ChannelMessage message);

    /// <summary>Sources only: inject <paramref name="barrier"/> at the next batch boundary.</summary>
    [OneWay]
    Task TriggerCheckpointAsync(Attempt attempt, CheckpointBarrier barrier);

    [OneWay]
    Task NotifyCheckpointCompleteAsync(Attempt attempt, CheckpointId checkpoint);

    [OneWay]
    Task NotifyCheckpointAbortedAsync(Attempt attempt, CheckpointId checkpoint);

    /// <summary>The downstream subtask <paramref name="target"/> consumed batches on its input <paramref name="channel"/>.</summary>
    [AlwaysInterleave, OneWay]
    Task GrantCreditAsync(Attempt attempt, SubtaskId target, int channel, int credits);

    [AlwaysInterleave]
    Task<SubtaskMetrics> GetMetricsAsync();
}
