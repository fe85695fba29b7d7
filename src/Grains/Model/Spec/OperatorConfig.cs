using System.Globalization;
using System.Text.Json;

namespace GrainFlow.Model.Spec;

/// <summary>
/// An operator's free-form <c>config</c> object, kept as its property names and the compact raw JSON text of each
/// value, in the order given: that keeps it Orleans-serialisable whatever the operator expects, and lets it
/// round-trip to the same JSON. Operators read it through the typed readers; the operator catalog checks it at
/// submission, so a reader that meets a value of the wrong type throws.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class OperatorConfig
{
    public static readonly OperatorConfig Empty = new([], []);

    /// <summary>The property names, in the order the spec listed them.</summary>
    [Id(0)] private readonly string[] _names;

    /// <summary>The compact JSON text of each value, parallel to <see cref="_names"/>.</summary>
    [Id(1)] private readonly string[] _rawValues;

    private OperatorConfig(string[] names, string[] rawValues)
    {
        _names = names;
        _rawValues = rawValues;
    }

    public IReadOnlyList<string> Names => _names;

    public int Count => _names.Length;

    /// <summary>A config from name and raw JSON value pairs; each value is checked and stored compactly.</summary>
    public static OperatorConfig FromRawJson(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var names = new List<string>();
        var values = new List<string>();
        foreach (var (name, raw) in entries)
        {
            using var document = JsonDocument.Parse(raw);
            names.Add(name);
            values.Add(Compact(document.RootElement));
        }

        return new OperatorConfig([.. names], [.. values]);
    }

    /// <summary>A config from an already parsed JSON object.</summary>
    public static OperatorConfig FromJsonObject(JsonElement element)
    {
        var names = new List<string>();
        var values = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
            values.Add(Compact(property.Value));
        }

        return names.Count == 0 ? Empty : new OperatorConfig([.. names], [.. values]);
    }

    /// <summary>Whether <paramref name="name"/> is set to a value other than JSON null.</summary>
    public bool Has(string name) => KindOf(name) is not (JsonValueKind.Undefined or JsonValueKind.Null);

    /// <summary>The JSON kind of the value of <paramref name="name"/>; <see cref="JsonValueKind.Undefined"/> when absent.</summary>
    public JsonValueKind KindOf(string name)
    {
        var raw = RawValue(name);
        if (raw is null)
        {
            return JsonValueKind.Undefined;
        }

        using var document = JsonDocument.Parse(raw);
        return document.RootElement.ValueKind;
    }

    /// <summary>The raw JSON text of the value of <paramref name="name"/>, or null when absent.</summary>
    public string? RawValue(string name)
    {
        var index = Array.IndexOf(_names, name);
        return index < 0 ? null : _rawValues[index];
    }

    public long GetInt64(string name, long defaultValue) =>
        Read(name, defaultValue, "an integer",
            e => e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var v) ? (true, v) : (false, 0L));

    public double GetDouble(string name, double defaultValue) =>
        Read(name, defaultValue, "a number",
            e => e.ValueKind == JsonValueKind.Number ? (true, e.GetDouble()) : (false, 0d));

    public string GetString(string name, string defaultValue) =>
        Read(name, defaultValue, "a string",
            e => e.ValueKind == JsonValueKind.String ? (true, e.GetString()!) : (false, string.Empty));

    public bool GetBoolean(string name, bool defaultValue) =>
        Read(name, defaultValue, "true or false",
            e => e.ValueKind is JsonValueKind.True or JsonValueKind.False ? (true, e.GetBoolean()) : (false, false));

    /// <summary>Writes the config as a JSON object, each value exactly as stored.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < _names.Length; i++)
        {
            writer.WritePropertyName(_names[i]);
            writer.WriteRawValue(_rawValues[i], skipInputValidation: true);
        }

        writer.WriteEndObject();
    }

    private T Read<T>(string name, T defaultValue, string expected, Func<JsonElement, (bool Ok, T Value)> convert)
    {
        var raw = RawValue(name);
        if (raw is null)
        {
            return defaultValue;
        }

        using var document = JsonDocument.Parse(raw);
        if (document.RootElement.ValueKind == JsonValueKind.Null)
        {
            return defaultValue;
        }

        var (ok, value) = convert(document.RootElement);
        return ok
            ? value
            : throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                "Operator config '{0}' is {1}, not {2}.", name, raw, expected));
    }

    private static string Compact(JsonElement element)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JobSpecJson.WriterOptions))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
