using GrainFlow.Model;

namespace GrainFlow.Operators.Api;

/// <summary>An operator or sink: consumes batches from one or more inputs and emits records to its collector.</summary>
public interface IStreamOperator : IOperatorLifecycle
{
    /// <summary>Processes one batch from input <paramref name="input"/> (the ordinal of the spec's <c>inputs</c>).</summary>
    void ProcessBatch(int input, RecordBatch batch, Collector output);

    /// <summary>All inputs have ended: emit whatever is still held back.</summary>
    void EndInput(Collector output);
}
