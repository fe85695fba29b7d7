namespace GrainFlow.Operators.Api;

/// <summary>
/// A source: the runtime polls it between barriers, so a barrier is always injected at a batch boundary and the
/// offset it records (in <see cref="IOperatorLifecycle.SnapshotState"/>) is exactly where the replay starts.
/// </summary>
public interface ISourceOperator : IOperatorLifecycle
{
    /// <summary>Emits at most <paramref name="maxRecords"/> records.</summary>
    SourcePoll Poll(Collector output, int maxRecords);
}
