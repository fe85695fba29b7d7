using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainFlow.Model.Spec;

/// <summary>
/// Lets System.Text.Json callers (the REST API, response bodies that embed the spec) read and write a
/// <see cref="JobSpec"/> with exactly the rules of <see cref="JobSpecJson"/>: same defaults, same errors, same
/// canonical form. Reading throws <see cref="JobSpecValidationException"/>, not <see cref="JsonException"/>.
/// </summary>
public sealed class JobSpecJsonConverter : JsonConverter<JobSpec>
{
    public override JobSpec Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JobSpecReader.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, JobSpec value, JsonSerializerOptions options) =>
        JobSpecWriter.Write(writer, value);
}
