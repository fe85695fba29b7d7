using System.Text.Json;

namespace GrainFlow.Model.Spec;

/// <summary>
/// Reads typed fields out of parsed JSON while tracking each field's path, collecting every problem (wrong JSON
/// type, missing required field, unknown enum name) instead of stopping at the first, so one refusal lists them all.
/// A field in error reads as its default; the caller throws once reading is done.
/// </summary>
internal sealed class JsonFieldReader
{
    /// <summary>Every problem met so far, in reading order.</summary>
    private readonly List<SpecError> _errors = [];

    public IReadOnlyList<SpecError> Errors => _errors;

    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Item(string path, int index) => $"{path}[{index}]";

    public void Fail(string path, string message) => _errors.Add(new SpecError(path.Length == 0 ? "$" : path, message));

    /// <summary>The value of <paramref name="name"/>, or null when it is absent or JSON null.</summary>
    public static JsonElement? Property(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool IsObject(JsonElement element, string path) => Expect(element, JsonValueKind.Object, path, "an object");

    public bool IsArray(JsonElement element, string path) => Expect(element, JsonValueKind.Array, path, "an array");

    public string RequiredString(JsonElement obj, string name, string path)
    {
        var field = Child(path, name);
        if (Property(obj, name) is not { } value)
        {
            Fail(field, "is required");
            return string.Empty;
        }

        return Expect(value, JsonValueKind.String, field, "a string") ? value.GetString()! : string.Empty;
    }

    public string? OptionalString(JsonElement obj, string name, string path)
    {
        var field = Child(path, name);
        return Property(obj, name) is { } value && Expect(value, JsonValueKind.String, field, "a string")
            ? value.GetString()
            : null;
    }

    public int Int32(JsonElement obj, string name, string path, int defaultValue)
    {
        var value = Int64(obj, name, path, defaultValue);
        if (value is < int.MinValue or > int.MaxValue)
        {
            Fail(Child(path, name), "is out of the range of a 32-bit integer");
            return defaultValue;
        }

        return (int)value;
    }

    public long Int64(JsonElement obj, string name, string path, long defaultValue)
    {
        var field = Child(path, name);
        if (Property(obj, name) is not { } value || !Expect(value, JsonValueKind.Number, field, "an integer"))
        {
            return defaultValue;
        }

        if (!value.TryGetInt64(out var result))
        {
            Fail(field, $"must be an integer, not {value.GetRawText()}");
            return defaultValue;
        }

        return result;
    }

    public double Double(JsonElement obj, string name, string path, double defaultValue)
    {
        var field = Child(path, name);
        return Property(obj, name) is { } value && Expect(value, JsonValueKind.Number, field, "a number")
            ? value.GetDouble()
            : defaultValue;
    }

    public bool Boolean(JsonElement obj, string name, string path, bool defaultValue)
    {
        if (Property(obj, name) is not { } value)
        {
            return defaultValue;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(Child(path, name), $"must be a boolean, not {Describe(value.ValueKind)}");
        return defaultValue;
    }

    public TEnum Enum<TEnum>(JsonElement obj, string name, string path, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        var field = Child(path, name);
        if (Property(obj, name) is not { } value || !Expect(value, JsonValueKind.String, field, "a string"))
        {
            return defaultValue;
        }

        if (SpecEnumNames.TryParse<TEnum>(value.GetString()!, out var result))
        {
            return result;
        }

        Fail(field, $"'{value.GetString()}' is not one of {SpecEnumNames.List<TEnum>()}");
        return defaultValue;
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Fail(path, $"must be {expected}, not {Describe(element.ValueKind)}");
        return false;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
