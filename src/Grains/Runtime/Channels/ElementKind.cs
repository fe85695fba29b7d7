namespace GrainFlow.Runtime.Channels;

/// <summary>What a <see cref="ChannelMessage"/> carries.</summary>
public enum ElementKind : byte
{
    Records = 0,
    Barrier = 1,
    EndOfInput = 2,
}
