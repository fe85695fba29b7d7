using GrainFlow.Api.Security;

namespace GrainFlow.Api;

/// <summary>
/// The REST API's settings, bound from <c>GrainFlow:Api</c>: the API keys (none means loopback clients only) and the
/// rate limit on mutating endpoints.
/// </summary>
public sealed class GrainFlowApiOptions
{
    public const string SectionName = "GrainFlow:Api";

    public List<ApiKeyOptions> Keys { get; set; } = [];

    public ApiRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The problems with these settings, each naming its configuration key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        for (var i = 0; i < Keys.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Keys[i].Key))
            {
                problems.Add($"{SectionName}:Keys:{i}:Key must not be empty.");
            }

            if (!Enum.IsDefined(Keys[i].Role))
            {
                problems.Add($"{SectionName}:Keys:{i}:Role must be read, operate or admin.");
            }
        }

        if (RateLimit.PermitsPerSecond < 1)
        {
            problems.Add($"{SectionName}:RateLimit:PermitsPerSecond must be at least 1.");
        }

        if (RateLimit.Burst < 1)
        {
            problems.Add($"{SectionName}:RateLimit:Burst must be at least 1.");
        }

        return problems;
    }
}
