using System.Net;
using Xunit;

namespace GrainFlow.Tests.Api;

/// <summary>The probes, the OpenAPI document (listing every endpoint of design section 9) and the interactive page.</summary>
[Collection(ApiCollections.Loopback)]
public sealed class HealthAndOpenApiTests(LoopbackApiHost host)
{
    private readonly ApiCalls _api = new(host.Http);

    [Fact]
    public async Task Healthz_answers_live_and_readyz_answers_ready_once_the_silo_is_active()
    {
        var live = await _api.GetAsync("/healthz");
        var ready = await _api.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("live", live.Json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("ready", ready.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_of_the_contract()
    {
        var document = await _api.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, document.Status);
        var operations = document.Json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
        [
            "DELETE /api/savepoints/{savepointId}",
            "GET /api/jobs",
            "GET /api/jobs/{jobId}",
            "GET /api/jobs/{jobId}/checkpoints",
            "GET /api/jobs/{jobId}/checkpoints/config",
            "GET /api/jobs/{jobId}/checkpoints/{id}",
            "GET /api/jobs/{jobId}/savepoints/{requestId}",
            "GET /api/savepoints",
            "GET /api/savepoints/{savepointId}",
            "GET /healthz",
            "GET /readyz",
            "POST /api/jobs",
            "POST /api/jobs/{jobId}/cancel",
            "POST /api/jobs/{jobId}/checkpoints",
            "POST /api/jobs/{jobId}/savepoints",
            "POST /api/jobs/{jobId}/stop",
        ], operations);
    }

    [Fact]
    public async Task The_interactive_api_page_is_served()
    {
        var page = await _api.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.Message.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Job_statuses_are_written_as_camel_case_strings()
    {
        var job = await _api.SubmitAsync(ApiSpecs.Tiny("statuses"));
        var finished = await _api.WaitForStatusAsync(job, "finished");
        var list = await _api.GetAsync("/api/jobs");
        Assert.Contains(list.Json.EnumerateArray(), j => j.GetProperty("jobId").GetString() == job && j.GetProperty("status").GetString() == "finished");
        Assert.Equal("statuses", finished.GetProperty("spec").GetProperty("name").GetString());
    }
}
