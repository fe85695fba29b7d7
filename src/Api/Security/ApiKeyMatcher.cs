using System.Security.Cryptography;
using System.Text;

namespace GrainFlow.Api.Security;

/// <summary>
/// Finds the configured key a presented secret matches, in time that depends on neither the secret nor where it
/// matches: both sides are hashed to equal length and every configured key is compared, with no early exit.
/// </summary>
internal sealed class ApiKeyMatcher(IReadOnlyList<ApiKeyOptions> keys)
{
    /// <summary>SHA-256 of each configured key, so comparisons run on equal-length values.</summary>
    private readonly byte[][] hashes = keys.Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k.Key))).ToArray();

    public bool HasKeys => hashes.Length > 0;

    /// <summary>The index of the matching key, or -1 when none matches.</summary>
    public int Match(string presented)
    {
        var candidate = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var found = -1;
        for (var i = 0; i < hashes.Length; i++)
        {
            var equal = CryptographicOperations.FixedTimeEquals(candidate, hashes[i]);
            found = equal && found < 0 ? i : found;
        }

        return found;
    }

    public ApiRole RoleOf(int index) => keys[index].Role;
}
