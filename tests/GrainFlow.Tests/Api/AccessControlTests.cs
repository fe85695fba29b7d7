using System.Net;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>
/// API keys and roles: a missing or wrong key is 401, too low a role 403, enough role passes (admin &gt; operate &gt;
/// read), on one endpoint of each kind; and the rate limit on mutating endpoints answers 429 with Retry-After.
/// </summary>
[Collection(ApiCollections.Keyed)]
public sealed class AccessControlTests(KeyedApiHost host)
{
    private Task<ApiResponse> As(string? key, HttpMethod method, string path, string? json = null) =>
        ApiResponse.SendAsync(host.Http, method, path, json, key);

    [Fact]
    public async Task A_read_endpoint_refuses_a_missing_or_wrong_key_and_serves_every_role()
    {
        var missing = await As(null, HttpMethod.Get, "/api/jobs");
        var wrong = await As("not-a-key", HttpMethod.Get, "/api/jobs");
        Assert.Equal("Unauthorized", missing.Problem(HttpStatusCode.Unauthorized).GetProperty("title").GetString());
        Assert.Equal("Bearer", missing.Message.Headers.WwwAuthenticate.Single().Scheme);
        wrong.Problem(HttpStatusCode.Unauthorized);

        foreach (var key in new[] { KeyedApiHost.ReadKey, KeyedApiHost.OperateKey, KeyedApiHost.AdminKey })
        {
            Assert.Equal(HttpStatusCode.OK, (await As(key, HttpMethod.Get, "/api/jobs")).Status);
        }
    }

    [Fact]
    public async Task An_operate_endpoint_refuses_a_read_key_and_serves_operate_and_admin()
    {
        var spec = ApiSpecs.Tiny("roles");
        (await As(null, HttpMethod.Post, "/api/jobs", spec)).Problem(HttpStatusCode.Unauthorized);
        var read = await As(KeyedApiHost.ReadKey, HttpMethod.Post, "/api/jobs", spec);
        Assert.Equal("Forbidden", read.Problem(HttpStatusCode.Forbidden).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Created, (await As(KeyedApiHost.OperateKey, HttpMethod.Post, "/api/jobs", spec)).Status);
        Assert.Equal(HttpStatusCode.Created, (await As(KeyedApiHost.AdminKey, HttpMethod.Post, "/api/jobs", spec)).Status);
    }

    [Fact]
    public async Task An_admin_endpoint_refuses_read_and_operate_keys_and_lets_admin_through()
    {
        const string path = "/api/savepoints/sp-none";
        (await As(null, HttpMethod.Delete, path)).Problem(HttpStatusCode.Unauthorized);
        (await As(KeyedApiHost.ReadKey, HttpMethod.Delete, path)).Problem(HttpStatusCode.Forbidden);
        (await As(KeyedApiHost.OperateKey, HttpMethod.Delete, path)).Problem(HttpStatusCode.Forbidden);

        // Past authorization, the admin reaches the engine, which names the savepoint it does not have.
        var admin = await As(KeyedApiHost.AdminKey, HttpMethod.Delete, path);
        Assert.Equal("sp-none", admin.Problem(HttpStatusCode.NotFound).GetProperty("savepointId").GetString());
    }

    [Fact]
    public async Task The_probes_need_no_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await As(null, HttpMethod.Get, "/healthz")).Status);
        Assert.Equal(HttpStatusCode.OK, (await As(null, HttpMethod.Get, "/readyz")).Status);
    }

    [Fact]
    public async Task Mutating_past_the_burst_is_a_429_with_retry_after()
    {
        var statuses = new List<HttpStatusCode>();
        ApiResponse last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await As(KeyedApiHost.BurstKey, HttpMethod.Post, "/api/jobs/nosuchjob/cancel");
            statuses.Add(last.Status);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        last.Problem(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), last.Message.Headers.RetryAfter?.Delta);

        // Reads are not rate limited, and another key has its own bucket.
        Assert.Equal(HttpStatusCode.OK, (await As(KeyedApiHost.BurstKey, HttpMethod.Get, "/api/jobs")).Status);
    }
}
