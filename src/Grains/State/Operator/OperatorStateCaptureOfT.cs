using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>
/// One operator list state copied at snapshot time (operator state is small: offsets, splits), so it can be encoded
/// on another thread while the live list keeps changing.
/// </summary>
internal sealed class OperatorStateCapture<T>(string name, OperatorStateMode mode, StateSerializer<T> serializer, T[] elements)
    : OperatorStateCapture(name, mode, serializer.TypeName)
{
    public override void WriteElements(StateWriter writer)
    {
        var scratch = new StateWriter();
        writer.WriteCount(elements.Length);
        foreach (var element in elements)
        {
            scratch.Reset();
            serializer.Write(scratch, element);
            writer.WriteBytes(scratch.Written.Span);
        }
    }
}
