using System.Text.Json;
using System.Text.Json.Nodes;
using GrainFlow.Model;
using GrainFlow.Model.Spec;
using Microsoft.AspNetCore.Http;

namespace GrainFlow.Api.Requests;

/// <summary>
/// A job submission as the body of <c>POST /api/jobs</c> carries it: the job spec of design section 10 with two
/// request fields beside it at the top level, <c>fromSavepoint</c> (a savepoint id) and
/// <c>allowNonRestoredState</c>. The body is read once; the request fields are taken out and the rest is the spec.
/// </summary>
public sealed record SubmitRequest(JobSpec Spec, SavepointId? FromSavepoint, bool AllowNonRestoredState)
{
    public const string FromSavepointField = "fromSavepoint";
    public const string AllowNonRestoredStateField = "allowNonRestoredState";

    public static async Task<SubmitRequest> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        var body = await JsonBodyReader.ReadNodeAsync(request, cancellation)
            ?? throw new JobSpecValidationException([new SpecError("$", "is required: the request has no body")]);
        if (body is not JsonObject fields)
        {
            throw new JobSpecValidationException([new SpecError("$", "must be a JSON object")]);
        }

        var errors = new List<SpecError>();
        var fromSavepoint = TakeSavepointId(fields, errors);
        var allowNonRestoredState = TakeFlag(fields, errors);
        JobSpec? spec = null;
        try
        {
            spec = JobSpecJson.Parse(fields.ToJsonString());
        }
        catch (JobSpecValidationException e)
        {
            errors.AddRange(e.Errors);
        }

        return errors.Count > 0 || spec is null
            ? throw new JobSpecValidationException(errors)
            : new SubmitRequest(spec, fromSavepoint, allowNonRestoredState);
    }

    private static SavepointId? TakeSavepointId(JsonObject fields, List<SpecError> errors)
    {
        if (!fields.Remove(FromSavepointField, out var node) || node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String && node.GetValue<string>() is { Length: > 0 } id)
        {
            return new SavepointId(id);
        }

        errors.Add(new SpecError(FromSavepointField, "must be a non-empty string (a savepoint id)"));
        return null;
    }

    private static bool TakeFlag(JsonObject fields, List<SpecError> errors)
    {
        if (!fields.Remove(AllowNonRestoredStateField, out var node) || node is null)
        {
            return false;
        }

        switch (node.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                errors.Add(new SpecError(AllowNonRestoredStateField, "must be true or false"));
                return false;
        }
    }
}
