using System.Text;
using GrainFlow.State.Serialization;
using Xunit;

namespace GrainFlow.Tests.State;

public sealed class StateWriterTests
{
    /// <summary>
    /// Strings short enough for the one-pass encoding (at most 42 UTF-16 units: 126 UTF-8 bytes at worst) and longer
    /// ones, in ASCII and in three-byte characters, either side of the one-byte length prefix's limit of 127 bytes.
    /// </summary>
    public static TheoryData<string> Strings() =>
    [
        "",
        "k123456",
        new string('a', 42),
        new string('a', 43),
        new string('a', 127),
        new string('a', 128),
        new string('\u20ac', 42),
        new string('\u20ac', 43),
        "mixed \u00e9\u20ac\U0001F600 " + new string('x', 120),
    ];

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_string_reads_back_as_written_with_its_exact_byte_length(string value)
    {
        using var writer = StateWriter.Rent(16);
        writer.WriteString(value);
        writer.WriteVarInt64(-7);

        var reader = new StateReader(writer.Written);
        Assert.Equal(value, reader.ReadString());
        Assert.Equal(-7, reader.ReadVarInt64());

        var utf8 = Encoding.UTF8.GetByteCount(value);
        var prefix = utf8 < 128 ? 1 : 2;
        Assert.Equal(prefix + utf8 + 1, writer.Length);
    }
}
