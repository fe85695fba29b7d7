namespace GrainFlow.Tests.Api;

/// <summary>
/// The API with one key per role and a separate operate key for the rate-limit test, whose bucket is tiny
/// (1 permit a second, burst 3) so the fourth quick request is refused.
/// </summary>
public sealed class KeyedApiHost : ApiHost
{
    public const string ReadKey = "read-key-0123456789";
    public const string OperateKey = "operate-key-0123456789";
    public const string AdminKey = "admin-key-0123456789";
    public const string BurstKey = "burst-key-0123456789";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["GrainFlow:Api:Keys:0:Key"] = ReadKey,
        ["GrainFlow:Api:Keys:0:Role"] = "read",
        ["GrainFlow:Api:Keys:1:Key"] = OperateKey,
        ["GrainFlow:Api:Keys:1:Role"] = "operate",
        ["GrainFlow:Api:Keys:2:Key"] = AdminKey,
        ["GrainFlow:Api:Keys:2:Role"] = "admin",
        ["GrainFlow:Api:Keys:3:Key"] = BurstKey,
        ["GrainFlow:Api:Keys:3:Role"] = "operate",
        ["GrainFlow:Api:RateLimit:PermitsPerSecond"] = "1",
        ["GrainFlow:Api:RateLimit:Burst"] = "3",
    };
}
