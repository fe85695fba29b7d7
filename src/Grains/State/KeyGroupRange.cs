namespace GrainFlow.State;

/// <summary>
/// A contiguous, inclusive range of key groups owned by one subtask. Snapshots are written per key group, so a job
/// restored at another parallelism reads exactly the groups its new ranges cover.
/// </summary>
[GenerateSerializer, Immutable]
public readonly record struct KeyGroupRange([property: Id(0)] int Start, [property: Id(1)] int End)
{
    public static readonly KeyGroupRange Empty = new(0, -1);

    public int Count => End >= Start ? End - Start + 1 : 0;

    public bool Contains(int keyGroup) => keyGroup >= Start && keyGroup <= End;

    public IEnumerable<int> Groups => Enumerable.Range(Start, Count);

    public override string ToString() => Count == 0 ? "[]" : $"[{Start}..{End}]";
}
