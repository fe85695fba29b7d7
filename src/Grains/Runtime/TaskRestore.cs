using GrainFlow.Checkpointing;
using GrainFlow.Model;

namespace GrainFlow.Runtime;

/// <summary>
/// The state one operator restores from: the snapshot handles every subtask of that operator acknowledged in the
/// checkpoint or savepoint (at whatever parallelism it ran), and the checkpoint they belong to, against which
/// every object's envelope is verified. Each new subtask reads the keyed objects overlapping its key groups and all
/// operator-state objects (for redistribution).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TaskRestore(
    [property: Id(0)] JobId OriginJob,
    [property: Id(1)] CheckpointId Checkpoint,
    [property: Id(2)] IReadOnlyList<SnapshotHandle> Handles);
