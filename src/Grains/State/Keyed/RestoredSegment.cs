namespace GrainFlow.State.Keyed;

/// <summary>
/// One state's entries for one key group, as bytes sliced from a snapshot payload and not yet decoded: a state is
/// decoded only when an operator registers it and so supplies its value type. From an increment, the entries are
/// those written since its base, followed by <see cref="RemovedCount"/> keys removed since.
/// </summary>
internal readonly record struct RestoredSegment(int KeyGroup, int EntryCount, int RemovedCount, bool IsIncrement, ReadOnlyMemory<byte> Entries);
