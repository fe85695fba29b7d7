using GrainFlow.Model;
using GrainFlow.Model.Spec;
using GrainFlow.State;

namespace GrainFlow.Graph;

/// <summary>
/// Decides where a sender's batches go on one edge, as a pure function of the edge, the sender's index and the
/// batch: forward to the same index, hash to the owner of each record's key group (splitting the batch), rebalance
/// round-robin per batch, broadcast to all. Targets are downstream subtask indices; see
/// <see cref="OutputTargets.TargetFor"/> for their channels.
/// </summary>
public static class Partitioner
{
    /// <summary>
    /// The batches to send for <paramref name="batch"/>, the <paramref name="batchNumber"/>-th (from 0) the sender
    /// sends on <paramref name="edge"/>; an empty batch goes nowhere.
    /// </summary>
    public static IReadOnlyList<RoutedBatch> Route(ExecutionEdge edge, int senderIndex, long batchNumber, RecordBatch batch)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        switch (edge.Partitioning)
        {
            case Partitioning.Forward:
                return [new RoutedBatch(senderIndex, batch)];
            case Partitioning.Rebalance:
                return [new RoutedBatch(RebalanceTarget(edge, senderIndex, batchNumber), batch)];
            case Partitioning.Broadcast:
                return Enumerable.Range(0, edge.TargetParallelism).Select(t => new RoutedBatch(t, batch)).ToArray();
            default:
                var parts = Split(batch, edge.KeyBy!, edge.MaxParallelism, edge.TargetParallelism);
                var routed = new List<RoutedBatch>(parts.Length);
                for (var t = 0; t < parts.Length; t++)
                {
                    if (parts[t] is { } part)
                    {
                        routed.Add(new RoutedBatch(t, part));
                    }
                }

                return routed;
        }
    }

    /// <summary>Round-robin that starts at the sender's own index, so parallel senders spread from the first batch.</summary>
    public static int RebalanceTarget(ExecutionEdge edge, int senderIndex, long batchNumber)
    {
        var parallelism = edge.TargetParallelism;
        return (int)(((senderIndex % parallelism) + (batchNumber % parallelism)) % parallelism);
    }

    /// <summary>
    /// Splits <paramref name="batch"/> by key: per target index, a batch of exactly the rows whose key group that
    /// target owns, in their original order, carrying their key groups; null for a target that gets no rows. Each
    /// row's key is read once from <paramref name="keyBy"/>; columns are gathered as arrays, not record by record.
    /// </summary>
    public static RecordBatch?[] Split(RecordBatch batch, string keyBy, int maxParallelism, int targetParallelism)
    {
        var column = batch.ColumnIndex(keyBy);
        var keyGroups = new int[batch.Count];
        var targets = new int[batch.Count];
        var counts = new int[targetParallelism];
        for (var row = 0; row < batch.Count; row++)
        {
            var keyGroup = KeyGroupAssigner.KeyGroupFor(batch[row].GetString(column, keyBy), maxParallelism);
            keyGroups[row] = keyGroup;
            targets[row] = KeyGroupAssigner.SubtaskForKeyGroup(keyGroup, maxParallelism, targetParallelism);
            counts[targets[row]]++;
        }

        var result = new RecordBatch?[targetParallelism];
        var sole = Array.IndexOf(counts, batch.Count);
        if (sole >= 0)
        {
            result[sole] = batch.WithKeyGroups(keyGroups);
            return result;
        }

        foreach (var (target, rows) in RowsByTarget(targets, counts))
        {
            result[target] = new RecordBatch(rows.Length, ColumnGather.Gather(batch.Columns, rows), ColumnGather.Gather(keyGroups, rows));
        }

        return result;
    }

    private static IEnumerable<(int Target, int[] Rows)> RowsByTarget(int[] targets, int[] counts)
    {
        var rows = counts.Select(c => new int[c]).ToArray();
        var filled = new int[counts.Length];
        for (var row = 0; row < targets.Length; row++)
        {
            rows[targets[row]][filled[targets[row]]++] = row;
        }

        for (var t = 0; t < rows.Length; t++)
        {
            if (rows[t].Length > 0)
            {
                yield return (t, rows[t]);
            }
        }
    }
}
