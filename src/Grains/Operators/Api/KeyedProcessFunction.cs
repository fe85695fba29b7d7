using GrainFlow.Model;

namespace GrainFlow.Operators.Api;

/// <summary>
/// The user-facing way to write a keyed operator, as Flink's <c>KeyedProcessFunction</c>: obtain state in
/// <see cref="Open"/>, then handle one record at a time with that record's key already current. Register the type
/// by name (<c>GrainFlowOperatorOptions.AddKeyedProcessFunction</c>) and use the name as an operator <c>type</c>
/// in a JSON job spec. Implement <see cref="ICheckpointedFunction"/> as well for non-keyed state.
/// </summary>
public abstract class KeyedProcessFunction
{
    public virtual void Open(RuntimeContext context)
    {
    }

    /// <summary>Handles <paramref name="record"/>; <paramref name="key"/> is its key, and keyed state is scoped to it.</summary>
    public abstract void ProcessElement(Record record, string key, Collector output);

    public virtual void Close()
    {
    }
}
