namespace GrainFlow.Operators.Api;

/// <summary>A source's answer to one poll: its status and, when waiting, how long until it has more.</summary>
public readonly record struct SourcePoll(SourceStatus Status, TimeSpan Delay)
{
    public static readonly SourcePoll More = new(SourceStatus.MoreAvailable, TimeSpan.Zero);
    public static readonly SourcePoll Exhausted = new(SourceStatus.Exhausted, TimeSpan.Zero);

    public static SourcePoll WaitFor(TimeSpan delay) => new(SourceStatus.Waiting, delay);
}
