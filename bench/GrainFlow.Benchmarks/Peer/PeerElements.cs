namespace GrainFlow.Benchmarks.Peer;

/// <summary>What flows through the peer's stream: the two ways an Akka user could build the keyed sum.</summary>
public enum PeerElements
{
    /// <summary>
    /// Akka.Streams' own idiom, and the peer of issue 5's targets: every record is an element from the source on;
    /// <c>GroupedWithin</c> gathers up to 1,000 of them (or 5 ms' worth) and the group is split by key hash into one
    /// ask per partition's persistent actor. (Routing each record through <c>GroupBy</c> substreams first, the
    /// textbook shape, ran at half the rate: 1.0 against 2.1 M records/s.)
    /// </summary>
    Records,

    /// <summary>
    /// GrainFlow's representation carried into Akka (variant <c>peer-batched</c>): the stream's elements are columnar
    /// batches of 1,000 records that the pipeline splits by partition itself, so Akka.Streams handles one element per
    /// batch. Not what the scale note measured; reported beside it so the comparison is complete.
    /// </summary>
    Batches,
}
