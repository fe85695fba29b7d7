using System.Text.Json;
using GrainFlow.Model.Spec;

namespace GrainFlow.Api.Contracts;

/// <summary>
/// Embeds a job spec in a response as a JSON value written by <see cref="JobSpecJson"/>, so what a client reads back
/// is the canonical spec it can submit again, not a reflection of the engine's record types.
/// </summary>
internal static class SpecDocument
{
    public static JsonElement From(JobSpec spec)
    {
        using var document = JsonDocument.Parse(JobSpecJson.Serialize(spec));
        return document.RootElement.Clone();
    }
}
