using GrainFlow.State.Serialization;

namespace GrainFlow.State.Keyed;

/// <summary>
/// One state's entries for one key group, with Flink-style copy-on-write: a snapshot pins the current dictionary and
/// keeps a reference to it; the next write finds the pin and first replaces the dictionary with a copy (copying
/// list and map values too), so the snapshot's dictionary is never mutated while it is serialised.
/// </summary>
internal sealed class CopyOnWriteStateMap<TState>(StateSerializer<TState> serializer)
{
    /// <summary>The live entries; also the captured ones while <see cref="pins"/> is positive.</summary>
    private Dictionary<string, TState> entries = new();

    /// <summary>How many unreleased snapshots hold <see cref="entries"/>; writes must copy first while positive.</summary>
    private int pins;

    /// <summary>The entries for reading; never mutate them through this property.</summary>
    public Dictionary<string, TState> Entries => entries;

    /// <summary>The entries for writing, detached from any snapshot that still holds them.</summary>
    public Dictionary<string, TState> Writable
    {
        get
        {
            if (pins > 0)
            {
                Detach();
            }

            return entries;
        }
    }

    public Dictionary<string, TState> Pin()
    {
        pins++;
        return entries;
    }

    /// <summary>Drops a snapshot's hold; a no-op when the map was already detached from that snapshot's dictionary.</summary>
    public void Unpin(Dictionary<string, TState> captured)
    {
        if (ReferenceEquals(captured, entries) && pins > 0)
        {
            pins--;
        }
    }

    private void Detach()
    {
        if (serializer.CopiesValues)
        {
            var copy = new Dictionary<string, TState>(entries.Count);
            foreach (var (key, value) in entries)
            {
                copy.Add(key, serializer.Copy(value));
            }

            entries = copy;
        }
        else
        {
            entries = new Dictionary<string, TState>(entries);
        }

        pins = 0;
    }
}
