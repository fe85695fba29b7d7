using GrainFlow.Model;
using GrainFlow.Operators.Api;
using GrainFlow.State.Keyed;
using GrainFlow.State;

namespace GrainFlow.Operators;

/// <summary>
/// Runs a <see cref="KeyedProcessFunction"/>: for each record it makes the record's key current in the keyed state
/// backend (using the key group the sender computed, so the key is hashed once per hop) and calls the function.
/// </summary>
public sealed class KeyedProcessOperator : IStreamOperator
{
    private readonly KeyedProcessFunction _function;
    private HeapKeyedStateBackend _backend = null!;
    private string _keyBy = null!;
    private int _maxParallelism;

    public KeyedProcessOperator(KeyedProcessFunction function) => _function = function;

    public void Initialize(OperatorContext context)
    {
        _backend = context.KeyedState as HeapKeyedStateBackend
            ?? throw new InvalidOperationException($"Operator '{context.Subtask.Operator}' needs a hash-partitioned (keyed) input.");
        _keyBy = context.KeyBy ?? throw new InvalidOperationException($"Operator '{context.Subtask.Operator}' has no keyBy field.");
        _maxParallelism = context.MaxParallelism;
        if (_function is ICheckpointedFunction checkpointed)
        {
            checkpointed.InitializeState(context.OperatorState, context.IsRestored);
        }

        _function.Open(new RuntimeContext(context, _backend));
    }

    public void ProcessBatch(int input, RecordBatch batch, Collector output)
    {
        var keyColumn = batch.ColumnIndex(_keyBy);
        var keyGroups = batch.KeyGroups;
        for (var row = 0; row < batch.Count; row++)
        {
            var record = batch[row];
            var key = record.GetString(keyColumn, _keyBy);
            var keyGroup = keyGroups?[row] ?? KeyGroupAssigner.KeyGroupFor(key, _maxParallelism);
            _backend.SetCurrentKey(key, keyGroup);
            _function.ProcessElement(record, key, output);
        }
    }

    public void EndInput(Collector output)
    {
    }

    public void SnapshotState(CheckpointId checkpoint) => (_function as ICheckpointedFunction)?.SnapshotState(checkpoint);

    public void Close() => _function.Close();
}
