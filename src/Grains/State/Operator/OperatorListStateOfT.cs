using GrainFlow.State.Api;
using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>
/// A subtask's operator list state: a plain list, since operator state is not keyed and belongs to one subtask.
/// </summary>
internal sealed class OperatorListState<T>(string name, OperatorStateMode mode, StateSerializer<T> serializer)
    : OperatorListState(name, mode), IListState<T>
{
    /// <summary>The live elements, in insertion order.</summary>
    private List<T> elements = [];

    public override string TypeName => serializer.TypeName;

    public IEnumerable<T> Get() => elements.AsReadOnly();

    public void Add(T value) => elements.Add(value);

    public void AddAll(IEnumerable<T> values) => elements.AddRange(values);

    public void Update(IEnumerable<T> values) => elements = values.ToList();

    public void Clear() => elements.Clear();

    public override OperatorStateCapture Capture() =>
        new OperatorStateCapture<T>(Name, Mode, serializer, elements.ToArray());

    public override void Restore(IReadOnlyList<ReadOnlyMemory<byte>> encoded) =>
        elements = encoded.Select(bytes => serializer.Read(new StateReader(bytes))).ToList();
}
