using System.Text.Json;

namespace GrainFlow.Model.Spec;

/// <summary>
/// The JSON names of the spec's enums: each member's name in camelCase (<c>exactlyOnce</c>, <c>hash</c>,
/// <c>exponentialDelay</c>). Writing uses exactly these; reading also accepts other letter cases.
/// </summary>
internal static class SpecEnumNames
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => $"'{Name(v)}'"));
}
