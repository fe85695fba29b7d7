namespace GrainFlow.State.Operator;

/// <summary>
/// The layout of an operator-state snapshot payload:
/// <code>
/// magic u32 "GFOS" | version | state count
/// per state: name, mode byte, element type name, element count, per element: byte length, encoded element
/// </code>
/// Elements are length-prefixed so that a restore can redistribute them before any operator registers the state
/// and supplies the element type.
/// </summary>
internal static class OperatorSnapshotFormat
{
    /// <summary>"GFOS" little-endian: refuses a keyed-state or foreign payload at the first four bytes.</summary>
    public const uint Magic = 0x534F4647;

    public const int Version = 1;
}
