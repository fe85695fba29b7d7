using GrainFlow.Model;

namespace GrainFlow.Checkpointing.Protocol;

/// <summary>
/// The effective checkpoint configuration of one job, as Flink's <c>CheckpointConfig</c>: how often the coordinator
/// triggers, how long a checkpoint may take, how many may overlap, how many failures and completed checkpoints the
/// job tolerates and keeps, and whether checkpoints are incremental. Persisted with the coordinator and shown by
/// <c>GET /checkpoints/config</c>.
/// </summary>
/// <param name="Interval">The periodic trigger interval; <see cref="TimeSpan.Zero"/> turns periodic checkpoints off.</param>
/// <param name="Timeout">How long a pending checkpoint may wait for acknowledgements before it expires.</param>
/// <param name="MinPause">The least time between the completion of one checkpoint and the periodic trigger of the next.</param>
/// <param name="MaxConcurrent">How many checkpoints may be pending at once for periodic triggers.</param>
/// <param name="Mode">Whether barriers are aligned (exactly-once) or only tracked (at-least-once).</param>
/// <param name="TolerableFailures">How many consecutive failed checkpoints the job survives; one more fails it.</param>
/// <param name="Retained">How many completed periodic checkpoints are kept; savepoints never count.</param>
/// <param name="Incremental">
/// Whether checkpoints write only the keyed state changed since the last completed checkpoint (Flink's
/// <c>execution.checkpointing.incremental</c>), so a checkpoint of large, slowly changing state costs its changes;
/// savepoints stay full.
/// </param>
[GenerateSerializer, Immutable]
public sealed record CheckpointSettings(
    [property: Id(0)] TimeSpan Interval,
    [property: Id(1)] TimeSpan Timeout,
    [property: Id(2)] TimeSpan MinPause,
    [property: Id(3)] int MaxConcurrent,
    [property: Id(4)] CheckpointingMode Mode,
    [property: Id(5)] int TolerableFailures,
    [property: Id(6)] int Retained,
    [property: Id(7)] bool Incremental = false)
{
    /// <summary>Flink's defaults: periodic off, 10 minute timeout, no pause, one at a time, no tolerance, keep one, full checkpoints.</summary>
    public static readonly CheckpointSettings Default =
        new(TimeSpan.Zero, TimeSpan.FromMinutes(10), TimeSpan.Zero, 1, CheckpointingMode.ExactlyOnce, 0, 1);

    public bool IsPeriodic => Interval > TimeSpan.Zero;

    /// <summary>The problems with these settings, each naming its field; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Interval < TimeSpan.Zero)
        {
            problems.Add($"{nameof(Interval)} must not be negative.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(Timeout)} must be positive.");
        }

        if (MinPause < TimeSpan.Zero)
        {
            problems.Add($"{nameof(MinPause)} must not be negative.");
        }

        if (MaxConcurrent < 1)
        {
            problems.Add($"{nameof(MaxConcurrent)} must be at least 1.");
        }

        if (TolerableFailures < 0)
        {
            problems.Add($"{nameof(TolerableFailures)} must not be negative.");
        }

        if (Retained < 1)
        {
            problems.Add($"{nameof(Retained)} must be at least 1.");
        }

        return problems;
    }
}
