using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Jobs;
using GrainFlow.Model;

namespace GrainFlow.Runtime.Jobs;

/// <summary>
/// The job manager's record of savepoint requests: which one is running (only one at a time, as Flink allows one
/// savepoint per job), which trigger ids it has seen (so a client retrying with the same trigger id gets the same
/// request back), and how each ended.
/// </summary>
[GenerateSerializer]
public sealed class SavepointRequestBook
{
    [Id(0)]
    private readonly List<Entry> _entries = [];

    public SavepointRequestView? Find(SavepointRequestId request) => _entries.FirstOrDefault(e => e.Request == request)?.View;

    public SavepointRequestId? FindByTrigger(string triggerId) => _entries.FirstOrDefault(e => e.TriggerId == triggerId)?.Request;

    public bool HasRunning => _entries.Any(e => e.Status == SavepointRequestStatus.InProgress);

    public SavepointRequestId Start(string? triggerId, SavepointId savepoint, CheckpointId checkpoint)
    {
        var request = SavepointRequestId.New();
        _entries.Add(new Entry { Request = request, TriggerId = triggerId, Savepoint = savepoint, Checkpoint = checkpoint });
        return request;
    }

    public SavepointRequestId Refused(string? triggerId, CheckpointFailureReason reason)
    {
        var request = SavepointRequestId.New();
        _entries.Add(new Entry { Request = request, TriggerId = triggerId, Status = SavepointRequestStatus.Failed, Failure = $"Refused: {reason}" });
        return request;
    }

    /// <summary>Records the outcome of the savepoint taken as <paramref name="checkpoint"/>; null failure means completed.</summary>
    public void Resolve(CheckpointId checkpoint, string? failure)
    {
        foreach (var entry in _entries.Where(e => e.Checkpoint == checkpoint && e.Status == SavepointRequestStatus.InProgress))
        {
            entry.Status = failure is null ? SavepointRequestStatus.Completed : SavepointRequestStatus.Failed;
            entry.Failure = failure;
        }
    }

    [GenerateSerializer]
    internal sealed class Entry
    {
        [Id(0)] public SavepointRequestId Request { get; init; }
        [Id(1)] public string? TriggerId { get; init; }
        [Id(2)] public SavepointId? Savepoint { get; init; }
        [Id(3)] public CheckpointId? Checkpoint { get; init; }
        [Id(4)] public SavepointRequestStatus Status { get; set; }
        [Id(5)] public string? Failure { get; set; }

        public SavepointRequestView View => new(Request, Status, Status == SavepointRequestStatus.Completed ? Savepoint : null, Failure);
    }
}
