namespace GrainFlow.State.Api;

/// <summary>
/// The kind of a named state, stored in every snapshot so that a name restored as another kind is refused instead
/// of being misread.
/// </summary>
public enum StateKind : byte
{
    Value = 1,
    List = 2,
    Map = 3,
    Reducing = 4,
}
