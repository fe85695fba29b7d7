using GrainFlow.Model;

namespace GrainFlow.Operators.Api;

/// <summary>
/// The checkpoint-facing lifecycle every operator shares (Flink's <c>CheckpointedFunction</c> and
/// <c>CheckpointListener</c> in one): initialise from restored state, put non-keyed state into the operator
/// state backend at a barrier, and learn when a checkpoint is committed or abandoned.
/// </summary>
public interface IOperatorLifecycle
{
    /// <summary>Called once per attempt after state is restored; read restored operator state here.</summary>
    void Initialize(OperatorContext context);

    /// <summary>
    /// Called at the barrier, before the state backends are captured: write operator state, flush and pre-commit
    /// transactions. Must be quick; the capture that follows is copy-on-write and the upload is asynchronous.
    /// </summary>
    void SnapshotState(CheckpointId checkpoint);

    /// <summary>The checkpoint is durable everywhere: commit what was pre-committed up to it.</summary>
    void NotifyCheckpointComplete(CheckpointId checkpoint)
    {
    }

    /// <summary>The checkpoint was abandoned; its pre-committed work stays pending for a later checkpoint.</summary>
    void NotifyCheckpointAborted(CheckpointId checkpoint)
    {
    }

    void Close()
    {
    }
}
