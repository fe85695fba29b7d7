using System.Text;
using System.Text.Json;
using GrainFlow.Operators.Api;

namespace GrainFlow.Operators.Builtin;

/// <summary>
/// Parses one JSON object per line into a collector's columns: integers stay exact, other numbers become doubles,
/// nested values are kept as their JSON text, and nulls are recorded as missing fields.
/// </summary>
public static class JsonLineParser
{
    public static void Parse(ReadOnlySpan<byte> line, Collector output, string location)
    {
        var reader = new Utf8JsonReader(line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException($"{location}: a line must be a JSON object.");
            }

            output.Begin();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                switch (reader.TokenType)
                {
                    case JsonTokenType.String: output.Set(name, reader.GetString()); break;
                    case JsonTokenType.Number when reader.TryGetInt64(out var l): output.Set(name, l); break;
                    case JsonTokenType.Number: output.Set(name, reader.GetDouble()); break;
                    case JsonTokenType.True: output.Set(name, true); break;
                    case JsonTokenType.False: output.Set(name, false); break;
                    case JsonTokenType.Null: break;
                    default:
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        var end = (int)reader.BytesConsumed;
                        output.Set(name, Encoding.UTF8.GetString(line[start..end]));
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            throw new FormatException($"{location}: not valid JSON ({e.Message})", e);
        }
    }
}
