using GrainFlow.State.Serialization;

namespace GrainFlow.State.Operator;

/// <summary>Parses an operator-state snapshot payload into its states, leaving elements encoded.</summary>
internal static class OperatorSnapshotReader
{
    /// <summary>The payload's states by name; an empty payload (a subtask with no operator state) has none.</summary>
    public static IReadOnlyDictionary<string, RestoredOperatorState> Read(ReadOnlyMemory<byte> payload)
    {
        var states = new Dictionary<string, RestoredOperatorState>(StringComparer.Ordinal);
        if (payload.IsEmpty)
        {
            return states;
        }

        var reader = new StateReader(payload);
        if (payload.Length < 4 || reader.ReadUInt32() != OperatorSnapshotFormat.Magic)
        {
            throw new SnapshotFormatException("The payload is not a GrainFlow operator-state snapshot.");
        }

        var version = reader.ReadCount();
        if (version != OperatorSnapshotFormat.Version)
        {
            throw new SnapshotFormatException($"Operator-state snapshot format version {version} is not supported.");
        }

        var count = reader.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var mode = (OperatorStateMode)reader.ReadByte();
            var typeName = reader.ReadString();
            var elements = new ReadOnlyMemory<byte>[reader.ReadCount()];
            for (var e = 0; e < elements.Length; e++)
            {
                elements[e] = reader.ReadBlock();
            }

            states[name] = new RestoredOperatorState(name, mode, typeName, elements);
        }

        return states;
    }
}
