using System.Text;

namespace GrainFlow.Model;

/// <summary>Packs a <see cref="Column"/> into its <see cref="ColumnSurrogate"/> and back; see the column for why.</summary>
[RegisterConverter]
public sealed class ColumnSurrogateConverter : IConverter<Column, ColumnSurrogate>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ColumnSurrogate ConvertToSurrogate(in Column value)
    {
        var surrogate = new ColumnSurrogate
        {
            Name = value.Name,
            Type = value.Type,
            Longs = value.Longs,
            Doubles = value.Doubles,
            Missing = value.Missing,
        };

        if (value.Strings is { } strings)
        {
            (surrogate.Utf8, surrogate.Lengths) = Pack(strings);
        }

        return surrogate;
    }

    public Column ConvertFromSurrogate(in ColumnSurrogate surrogate) =>
        new(surrogate.Name, surrogate.Type, surrogate.Longs, surrogate.Doubles,
            surrogate.Lengths is { } lengths ? Unpack(surrogate.Utf8 ?? [], lengths) : null, surrogate.Missing);

    private static (byte[] Utf8, int[] Lengths) Pack(string?[] strings)
    {
        var lengths = new int[strings.Length];
        var total = 0;
        for (var i = 0; i < strings.Length; i++)
        {
            var length = strings[i] is { } s ? Utf8.GetByteCount(s) : -1;
            lengths[i] = length;
            total += Math.Max(length, 0);
        }

        var bytes = new byte[total];
        var offset = 0;
        for (var i = 0; i < strings.Length; i++)
        {
            if (strings[i] is { } s)
            {
                offset += Utf8.GetBytes(s, bytes.AsSpan(offset));
            }
        }

        return (bytes, lengths);
    }

    private static string?[] Unpack(byte[] bytes, int[] lengths)
    {
        var strings = new string?[lengths.Length];
        var offset = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            var length = lengths[i];
            if (length < 0)
            {
                continue;
            }

            strings[i] = Utf8.GetString(bytes, offset, length);
            offset += length;
        }

        return strings;
    }
}
