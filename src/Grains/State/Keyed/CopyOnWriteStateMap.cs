using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// One state's entries for one key group, with Flink-style copy-on-write: a snapshot pins the current map and keeps a
/// reference to it; the next write finds the pin and first replaces the map with a copy (copying list and map values
/// too), so the snapshot's map is never mutated while it is serialised. The last snapshot to let go of a replaced
/// map hands it back as the spare the next copy goes into, so checkpoints leave no garbage.
/// </summary>
internal sealed class CopyOnWriteStateMap<TState>(StateSerializer<TState> serializer, WriteEpochs epochs)
{
    /// <summary>The live entries; also the captured ones while their <see cref="StateMap{TState}.Pins"/> is positive.</summary>
    private StateMap<TState> entries = new(epochs);

    /// <summary>The map the last snapshot let go of: the next copy goes into its arrays instead of new ones.</summary>
    private StateMap<TState>? spare;

    /// <summary>The entries for reading; never mutate them through this property.</summary>
    public StateMap<TState> Entries => entries;

    /// <summary>The entries for writing, detached from any snapshot that still holds them.</summary>
    public StateMap<TState> Writable
    {
        get
        {
            if (entries.Pins > 0)
            {
                entries = entries.Clone(serializer.CopiesValues ? serializer.Copy : null, spare);
                spare = null;
            }

            return entries;
        }
    }

    public StateMap<TState> Pin()
    {
        entries.Pins++;
        return entries;
    }

    /// <summary>Drops a snapshot's hold; a replaced map nobody holds any more becomes the spare.</summary>
    public void Unpin(StateMap<TState> captured)
    {
        if (captured.Pins > 0 && --captured.Pins == 0 && !ReferenceEquals(captured, entries))
        {
            captured.Recycle();
            spare = captured;
        }
    }
}
