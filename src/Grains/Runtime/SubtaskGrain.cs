using GrainFlow.Model;
using GrainFlow.Runtime.Channels;
using GrainFlow.Runtime.Jobs;
using GrainFlow.Runtime.Tasks;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace GrainFlow.Runtime;

/// <summary>
/// The grain behind every subtask. It is a thin shell: stream deliveries and control calls are checked against the
/// current attempt and posted to the attempt's <see cref="SubtaskExecution"/>, whose single loop does the work.
/// An activation that receives elements without ever having been deployed was re-created after its silo died, so it
/// reports itself lost and the job restarts from its latest checkpoint.
/// </summary>
[GrainType("grainflow.subtask")]
[ImplicitStreamSubscription(ChannelStreams.Namespace)]
[CollectionAgeLimit(AlwaysActive = true)]
public sealed class SubtaskGrain : Grain, ISubtaskGrain, IStreamSubscriptionObserver, IAsyncObserver<ChannelMessage>
{
    private readonly TaskServicesFactory _servicesFactory;
    private SubtaskExecution? _execution;
    private Attempt _attempt;
    private bool _reportedLost;

    public SubtaskGrain(TaskServicesFactory servicesFactory) => _servicesFactory = servicesFactory;

    private SubtaskId Self => SubtaskId.Parse(this.GetPrimaryKeyString());

    public async Task DeployAsync(TaskDeployment deployment)
    {
        if (deployment.Attempt < _attempt)
        {
            return;
        }

        _attempt = deployment.Attempt;
        await TearDownAsync();
        var services = _servicesFactory.Create(this.GetStreamProvider(ChannelStreams.ProviderName));
        var execution = await ExecutionFactory.CreateAsync(deployment, services, CancellationToken.None);
        if (deployment.Attempt != _attempt)
        {
            await execution.CancelAsync();
            return;
        }

        _execution = execution;
        _reportedLost = false;
        services.Logger.LogSubtaskDeployed(Self, _attempt, deployment.Restore is not null);
        execution.Start();
    }

    public Task StartAsync(Attempt attempt)
    {
        Current(attempt)?.Post(new TaskInput.Start());
        return Task.CompletedTask;
    }

    /// <summary>
    /// A call or element of an attempt newer than any this activation was deployed for: the deployment was lost with
    /// its silo, so the job must restart. Reported once per activation.
    /// </summary>
    private void ReportLostIfNewer(Attempt attempt, string what)
    {
        if (attempt <= _attempt || _reportedLost)
        {
            return;
        }

        _reportedLost = true;
        _servicesFactory.Logger.LogSubtaskLost(Self, what);
        GrainFactory.GetGrain<IJobManagerGrain>(Self.Job.Value)
            .ReportFailureAsync(attempt, Self, $"{Self} lost its deployment (its silo stopped or died)").Ignore();
    }

    public async Task CancelAsync(Attempt attempt)
    {
        if (attempt >= _attempt)
        {
            _attempt = attempt;
            await TearDownAsync();
        }
    }

    public Task TriggerCheckpointAsync(Attempt attempt, CheckpointBarrier barrier)
    {
        ReportLostIfNewer(attempt, $"a trigger of checkpoint {barrier.Id}");
        Current(attempt)?.Post(new TaskInput.Trigger(barrier));
        return Task.CompletedTask;
    }

    public Task NotifyCheckpointCompleteAsync(Attempt attempt, CheckpointId checkpoint)
    {
        ReportLostIfNewer(attempt, $"the completion of checkpoint {checkpoint}");
        Current(attempt)?.Post(new TaskInput.CheckpointComplete(checkpoint));
        return Task.CompletedTask;
    }

    public Task NotifyCheckpointAbortedAsync(Attempt attempt, CheckpointId checkpoint)
    {
        Current(attempt)?.Post(new TaskInput.CheckpointAborted(checkpoint));
        return Task.CompletedTask;
    }

    public Task GrantCreditAsync(Attempt attempt, SubtaskId target, int channel, int credits)
    {
        Current(attempt)?.GrantCredit(target, channel, credits);
        return Task.CompletedTask;
    }

    public Task<SubtaskMetrics> GetMetricsAsync() => Task.FromResult(_execution is { } e
        ? new SubtaskMetrics(Self, e.Attempt, e.Phase, e.RecordsIn, e.RecordsOut)
        : new SubtaskMetrics(Self, _attempt, SubtaskPhase.Idle, 0, 0));

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<ChannelMessage>().ResumeAsync(this);

    public Task DeliverAsync(ChannelMessage message) => OnNextAsync(message);

    public Task OnNextAsync(ChannelMessage item, StreamSequenceToken? token = null)
    {
        if (item.Attempt == _attempt && _execution is { } execution)
        {
            execution.Post(new TaskInput.Message(item));
        }
        else
        {
            ReportLostIfNewer(item.Attempt, item.ToString());
        }

        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    private SubtaskExecution? Current(Attempt attempt) => attempt == _attempt ? _execution : null;

    private async Task TearDownAsync()
    {
        if (_execution is { } old)
        {
            _execution = null;
            await old.CancelAsync();
        }
    }
}
