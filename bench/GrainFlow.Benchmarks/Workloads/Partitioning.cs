namespace GrainFlow.Benchmarks.Workloads;

/// <summary>Hash partitioning for the baselines: the key's string hash, once per record, as a hand-written pipeline would.</summary>
public static class Partitioning
{
    public static int PartitionOf(string key, int partitions) => (key.GetHashCode() & int.MaxValue) % partitions;

    /// <summary>Splits a batch by key into one batch per partition.</summary>
    public static KeyBatch[] Split(KeyBatch batch, int partitions)
    {
        var counts = new int[partitions];
        var targets = new int[batch.Count];
        for (var r = 0; r < batch.Count; r++)
        {
            targets[r] = PartitionOf(batch.Keys[r], partitions);
            counts[targets[r]]++;
        }

        var parts = new KeyBatch[partitions];
        for (var p = 0; p < partitions; p++)
        {
            parts[p] = KeyBatch.Allocate(counts[p]);
            counts[p] = 0;
        }

        for (var r = 0; r < batch.Count; r++)
        {
            var part = parts[targets[r]];
            var at = counts[targets[r]]++;
            part.Keys[at] = batch.Keys[r];
            part.Values[at] = batch.Values[r];
            part.Stamps[at] = batch.Stamps[r];
        }

        for (var p = 0; p < partitions; p++)
        {
            parts[p] = parts[p].WithCount(counts[p]);
        }

        return parts;
    }
}
