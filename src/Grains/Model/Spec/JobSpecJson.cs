using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainFlow.Model.Spec;

/// <summary>
/// The job spec's JSON contract (design section 10): <see cref="Parse"/> reads a submitted spec and applies the
/// defaults, <see cref="Serialize"/> writes the canonical form, and <see cref="Options"/> are the serializer
/// options every GrainFlow JSON surface shares (camelCase, enums as camelCase strings, the spec converter).
/// </summary>
public static class JobSpecJson
{
    /// <summary>Compact output that leaves characters such as <c>+</c> and <c>&lt;</c> unescaped, so stored specs read as written.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a spec; malformed JSON, a wrong JSON type or a missing required field throws <see cref="JobSpecValidationException"/>.</summary>
    public static JobSpec Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : string.Empty;
            throw new JobSpecValidationException([new SpecError("$", $"is not valid JSON{where}")]);
        }

        using (document)
        {
            return JobSpecReader.Read(document.RootElement);
        }
    }

    /// <summary>The canonical JSON of <paramref name="spec"/>: every setting written, in a fixed order, compact.</summary>
    public static string Serialize(JobSpec spec)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JobSpecWriter.Write(writer, spec);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JobSpecJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
