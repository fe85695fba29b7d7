using System.Text.Json;
using System.Text.Json.Nodes;
using GrainFlow.Api.Contracts;
using GrainFlow.Model.Spec;
using Microsoft.AspNetCore.Http;

namespace GrainFlow.Api.Requests;

/// <summary>
/// Reads the optional body of a savepoint or stop-with-savepoint request (<c>{"triggerId": "..."}</c>); an empty
/// body means no trigger id, a malformed one is a 400 naming its field.
/// </summary>
internal static class SavepointTriggerReader
{
    public const string TriggerIdField = "triggerId";

    public static async Task<SavepointTriggerRequest> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        var body = await JsonBodyReader.ReadNodeAsync(request, cancellation);
        if (body is null)
        {
            return new SavepointTriggerRequest(null);
        }

        if (body is not JsonObject fields)
        {
            throw new JobSpecValidationException([new SpecError("$", "must be a JSON object")]);
        }

        if (!fields.TryGetPropertyValue(TriggerIdField, out var node) || node is null)
        {
            return new SavepointTriggerRequest(null);
        }

        return node.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 and <= 128 } id
            ? new SavepointTriggerRequest(id)
            : throw new JobSpecValidationException([new SpecError(TriggerIdField, "must be a string of 1 to 128 characters")]);
    }
}
