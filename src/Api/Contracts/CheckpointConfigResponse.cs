using GrainFlow.Checkpointing.Protocol;
using GrainFlow.Model;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// The effective checkpoint configuration of a job in milliseconds, as the spec's <c>checkpointing</c> section
/// names it, so a client compares it field by field with what it submitted.
/// </summary>
public sealed record CheckpointConfigResponse(
    long IntervalMs,
    long TimeoutMs,
    long MinPauseMs,
    int MaxConcurrent,
    CheckpointingMode Mode,
    int TolerableFailures,
    int Retained,
    bool Incremental)
{
    public static CheckpointConfigResponse From(CheckpointSettings settings) => new(
        (long)settings.Interval.TotalMilliseconds,
        (long)settings.Timeout.TotalMilliseconds,
        (long)settings.MinPause.TotalMilliseconds,
        settings.MaxConcurrent,
        settings.Mode,
        settings.TolerableFailures,
        settings.Retained,
        settings.Incremental);
}
