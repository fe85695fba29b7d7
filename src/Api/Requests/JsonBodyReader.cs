using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainFlow.Model.Spec;
using Microsoft.AspNetCore.Http;

namespace GrainFlow.Api.Requests;

/// <summary>
/// Reads a JSON request body once, bounded by <see cref="LimitBytes"/>, whatever the server's own limit is: a body
/// over the limit is refused with <see cref="RequestBodyTooLargeException"/> (413) and malformed JSON with a
/// <see cref="JobSpecValidationException"/> naming the field <c>$</c> (400), never a 500.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>1 MiB: far above any job spec, small enough that a flood of bodies cannot exhaust memory.</summary>
    public const long LimitBytes = 1024 * 1024;

    /// <summary>The body's text; empty when the request has no body.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength > LimitBytes)
        {
            throw new RequestBodyTooLargeException(LimitBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > LimitBytes)
            {
                throw new RequestBodyTooLargeException(LimitBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The body as a JSON node; null when the request has no body.</summary>
    public static async Task<JsonNode?> ReadNodeAsync(HttpRequest request, CancellationToken cancellation)
    {
        var text = await ReadTextAsync(request, cancellation);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) ?? throw Malformed("is null");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            throw Malformed($"is not valid JSON{where}");
        }
    }

    private static JobSpecValidationException Malformed(string message) => new([new SpecError("$", message)]);
}
