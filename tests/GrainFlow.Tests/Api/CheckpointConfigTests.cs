using System.Net;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>
/// <c>GET /api/jobs/{id}/checkpoints/config</c> names every setting as the spec's <c>checkpointing</c> section does,
/// with the submitted values and the defaults of the ones left out, so a client can compare it with what it sent.
/// </summary>
[Collection(ApiCollections.Loopback)]
public sealed class CheckpointConfigTests(LoopbackApiHost host)
{
    private readonly ApiCalls _api = new(host.Http);

    [Fact]
    public async Task The_config_shows_the_submitted_settings_with_incremental_checkpoints_on()
    {
        var spec = ApiSpecs.Tiny("incremental-config")
            .Replace("\"intervalMs\": 200", "\"intervalMs\": 300, \"retained\": 2, \"incremental\": true");
        var job = await _api.SubmitAsync(spec);

        var response = await _api.GetAsync($"/api/jobs/{job}/checkpoints/config");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            """{"intervalMs":300,"timeoutMs":60000,"minPauseMs":0,"maxConcurrent":1,"mode":"exactlyOnce","tolerableFailures":0,"retained":2,"incremental":true}""",
            response.Body);
    }
}
