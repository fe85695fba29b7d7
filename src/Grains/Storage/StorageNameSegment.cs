using System.Globalization;
using System.Text;

namespace GrainFlow.Storage;

/// <summary>
/// Turns one caller-chosen piece of a storage name (an operator uid, a job id, a record name part) into a segment
/// that is legal and unambiguous as a file name and as part of a blob name. Uids are user input, so anything outside
/// <c>[A-Za-z0-9-.]</c> is written as <c>~XX</c> per UTF-8 byte; a leading <c>.</c> or <c>_</c> is escaped too, so a
/// user segment never hides as a dot file nor collides with a reserved name such as <c>_metadata</c>. The mapping
/// is injective: two different inputs never give the same segment.
/// </summary>
internal static class StorageNameSegment
{
    /// <summary>Longest escaped segment accepted; file systems cap a name at 255 bytes and temp files add a suffix.</summary>
    public const int MaxLength = 200;

    /// <summary>The escape of an empty segment; never produced otherwise, since every other escape is <c>~XX</c>.</summary>
    private const string EmptySegment = "~";

    public static string Escape(string segment)
    {
        if (segment.Length == 0)
        {
            return EmptySegment;
        }

        var builder = new StringBuilder(segment.Length);
        var bytes = Encoding.UTF8.GetBytes(segment);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (IsPlain(b) && !(i == 0 && b == (byte)'.'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        var escaped = builder.ToString();
        if (escaped.Length > MaxLength)
        {
            throw new ArgumentException(
                $"The storage name segment '{segment}' is {escaped.Length} characters once escaped; at most {MaxLength} are allowed.",
                nameof(segment));
        }

        return escaped;
    }

    private static bool IsPlain(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'-' or (byte)'.';
}
